#!/usr/bin/env python3
"""Cross-check record.py against the team's yardstick, ../shared/tools/cpython_oracle.py (run by hand: it needs
../shared, which a user's clone does not have, so it is not part of `make test`).

usage: crosscheck.py [NOTES.md ...] [--programs DIR]
  default: every ../shared/corpus/*.md (notes mode) and Tests/PyModelTests/Differential/*.py (programs, each
  run by the oracle with --plain). Prints each disagreement and a summary; exits 1 when a field differs in a
  way not listed in KNOWN (each known difference is printed with its cause).
Compared: stdout, virtualSeconds, exception (and for notes startLine and entry). stderr is compared after
replacing the program's file name by the oracle's "<fence>", and reported separately (it is not a golden field).
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the clone (or beside the worktrees' parent folder, for a git worktree under /work/wt).
SHARED = next((folder for folder in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if folder.is_dir()),
              ROOT.parent / "shared")
ORACLE = SHARED / "tools" / "cpython_oracle.py"
RECORD = ROOT / "tools" / "golden" / "record.py"
FIELDS = ("stdout", "virtualSeconds", "exception")
STDLIB = os.path.dirname(os.__file__)

# Where record.py and the oracle differ on purpose (each verified against real CPython or DESIGN.md's rules).
KNOWN = {
    ("043-time-clocks-outside-loop.py", "stdout"):
        "time.time_ns(): record.py gives the exact integer, the oracle converts a float (...750000128)",
    ("067-timeout-context.py", "exception"):
        "CPython prints an empty-message exception as 'TimeoutError'; the oracle writes 'TimeoutError: '",
    ("113-uncaught-cancelled-error.py", "exception"):
        "CPython prints 'asyncio.exceptions.CancelledError' (module-qualified); the oracle 'CancelledError: '",
    ("134-worker-sleeps-while-loop-blocked.py", "stdout"):
        "the oracle freezes executor workers while the loop thread is in time.sleep; real CPython (the "
        "oracle's own --backend realtime) lets the worker finish at 3 s",
    ("136-shutdown-cancels-in-creation-order.py", "stdout"):
        "asyncio.run cancels a set of tasks: the oracle shows CPython's hash order (it varies), record.py "
        "DESIGN.md's creation order",
    ("137-taskgroup-failure-cancels-siblings-in-order.py", "stdout"):
        "TaskGroup._abort iterates a set: hash order in the oracle, creation order (DESIGN.md) in record.py",
}
NOTES_FIELDS = FIELDS + ("startLine", "entry")


def _json_of(command: list[str]) -> object:
    completed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stderr}")
    return json.loads(completed.stdout)


def _oracle(args: list[str]) -> object:
    return _json_of([sys.executable, str(ORACLE), *args])


def _record(args: list[str]) -> object:
    return _json_of([sys.executable, str(RECORD), *args])


def check_notes(path: Path) -> tuple[int, list[str], list[str]]:
    mine, theirs = _record(["--notes", str(path)]), _oracle([str(path)])
    problems, stderr_notes = [], []
    if len(mine) != len(theirs):
        return 0, [f"{path.name}: {len(mine)} fences here, {len(theirs)} in the oracle"], []
    for ours, oracle in zip(mine, theirs):
        for field in NOTES_FIELDS:
            if ours.get(field) != oracle.get(field):
                problems.append(f"{path.name}:{ours['startLine']} {field}: record.py {ours.get(field)!r} "
                                f"oracle {oracle.get(field)!r}")
        if ours["stderr"] != oracle["stderr"]:
            stderr_notes.append(f"{path.name}:{ours['startLine']} stderr differs")
    return len(mine), problems, stderr_notes


def check_program(path: Path) -> tuple[list[str], list[str]]:
    [ours] = _record([str(path)])
    oracle = _oracle(["--plain", str(path)])
    if isinstance(oracle, list):
        [oracle] = oracle
    problems = []
    for field in FIELDS:
        if ours[field] == oracle[field]:
            continue
        if (path.name, field) in KNOWN:
            print(f"known: {path.name} {field}: {KNOWN[path.name, field]}")
        else:
            problems.append(f"{path.name} {field}: record.py {ours[field]!r} oracle {oracle[field]!r}")
    normalised = [line.replace(path.name, "<fence>") for line in ours["stderr"]]
    theirs = [line.replace(STDLIB + os.sep, "<stdlib>" + os.sep) for line in oracle["stderr"]]
    stderr_notes = [] if normalised == theirs else [f"{path.name} stderr differs"]
    return problems, stderr_notes


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notes", nargs="*", type=Path)
    parser.add_argument("--programs", type=Path, default=ROOT / "Tests" / "PyModelTests" / "Differential")
    args = parser.parse_args(argv)
    if not ORACLE.exists():
        print(f"no oracle at {ORACLE}: nothing to cross-check against")
        return 2
    notes = args.notes or sorted(p for p in (SHARED / "corpus").glob("*.md") if p.name != "README.md")
    programs = sorted(args.programs.glob("*.py")) if args.programs.is_dir() else []
    problems: list[str] = []
    stderr_notes: list[str] = []
    fence_count = 0
    workers = os.cpu_count() or 1
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        for count, found, stderr in pool.map(check_notes, notes):
            fence_count += count
            problems += found
            stderr_notes += stderr
        for found, stderr in pool.map(check_program, programs):
            problems += found
            stderr_notes += stderr
    for line in problems + stderr_notes:
        print(line)
    print(f"{len(notes)} notes files ({fence_count} fences), {len(programs)} programs: "
          f"{len(problems)} unexplained disagreements, {len(stderr_notes)} stderr differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
