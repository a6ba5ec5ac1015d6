#!/usr/bin/env python3
"""The release checker on whole notes files: wall and CPU time per file (best of three), for the speed targets
the issues state ("each awkward note well under a second"). Usage: checker_notes.py NOTESCHECK NOTE.md..."""
import resource
import subprocess
import sys
import time
from pathlib import Path


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(binary, note):
    cpu, wall = children_cpu(), time.monotonic()
    proc = subprocess.run([binary, "--format", "json", note], capture_output=True, text=True)
    return time.monotonic() - wall, children_cpu() - cpu, proc.returncode


binary, notes = sys.argv[1], sys.argv[2:]
for note in notes:
    runs = [measure(binary, note) for _ in range(3)]
    wall, cpu, status = min(runs)
    print(f"{Path(note).name}: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU, exit {status} (best of 3)")
