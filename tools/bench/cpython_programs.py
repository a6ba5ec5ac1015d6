#!/usr/bin/env python3
"""CPython 3.11 on the programs PyModelBench runs, for side-by-side numbers: each program's CPU time on a real
event loop (sleeps are real here: a program that sleeps 5 s takes 5 s of wall time but little CPU)."""
import resource
import subprocess
import sys
import time
from pathlib import Path


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


for path in sys.argv[1:]:
    cpu, wall = children_cpu(), time.monotonic()
    proc = subprocess.run([sys.executable, path], capture_output=True, text=True)
    print(f"{Path(path).name}: CPython {round((children_cpu() - cpu) * 1000)} ms CPU, "
          f"{round((time.monotonic() - wall) * 1000)} ms wall, {len(proc.stdout.splitlines())} lines, exit {proc.returncode}")
