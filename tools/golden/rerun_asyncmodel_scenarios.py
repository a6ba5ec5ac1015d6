#!/usr/bin/env python3
"""Re-derives the AsyncModel scenario expectations from CPython 3.11.

Each Tests/AsyncModelTests/Scenarios/NAME.py is the Python twin of a Swift scenario test. This script
runs every twin on CPython with a virtual clock (FIFO timer ties, whole-nanosecond deadlines, time.sleep
moving the clock) and writes NAME.expected.json beside it: {"stdout", "virtualSeconds", "exception",
"stderr", "recordedWith"}. The Swift tests compare their trace against these files.

usage:  tools/golden/rerun_asyncmodel_scenarios.py            re-record every expectation
        tools/golden/rerun_asyncmodel_scenarios.py --check    fail if any expectation differs from CPython
        ... [NAME ...]                                        only these scenarios

The recorder is the project's tools/golden/record.py when it exists, else $NOTESCHECK_ORACLE, else
/work/shared/tools/cpython_oracle.py --plain (the team's yardstick); both print the same JSON result shape.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "Tests" / "AsyncModelTests" / "Scenarios"


def recorder() -> list:
    own = ROOT / "tools" / "golden" / "record.py"
    if own.exists():
        return [sys.executable, str(own)]
    oracle = os.environ.get("NOTESCHECK_ORACLE", "/work/shared/tools/cpython_oracle.py")
    return [sys.executable, oracle, "--plain"]


def record_all(programs: list) -> list:
    """One result per program, in order: the project's recorder takes them all in one call (in parallel),
    the team's oracle one session per call."""
    command = recorder()
    own = command[1].endswith("record.py")
    batches = [programs] if own else [[program] for program in programs]
    results = []
    for batch in batches:
        completed = subprocess.run(command + [str(p) for p in batch], capture_output=True, text=True,
                                   timeout=600, check=True)
        output = json.loads(completed.stdout)
        results.extend(output if isinstance(output, list) else [output])
    return [
        {
            "recordedWith": " ".join([Path(command[1]).name] + command[2:] + [program.name]),
            "stdout": result["stdout"],
            "virtualSeconds": result["virtualSeconds"],
            "exception": result["exception"],
            "stderr": result.get("stderr", []),
        }
        for program, result in zip(programs, results)
    ]


def expectation_path(program: Path) -> Path:
    return program.with_name(program.stem + ".expected.json")


def main(argv: list) -> int:
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("--")]
    programs = sorted(SCENARIOS.glob("*.py"))
    if names:
        programs = [p for p in programs if p.stem in names]
    failures = []
    for program, observed in zip(programs, record_all(programs)):
        path = expectation_path(program)
        if check:
            stored = json.loads(path.read_text()) if path.exists() else None
            keys = ("stdout", "virtualSeconds", "exception")
            if stored is None or any(stored.get(k) != observed[k] for k in keys):
                failures.append(program.stem)
                print(f"DIFFERS: {program.stem}", file=sys.stderr)
        else:
            path.write_text(json.dumps(observed, indent=1) + "\n")
            print(f"recorded {path.relative_to(ROOT)}")
    if check:
        print(f"checked {len(programs)} scenarios, {len(failures)} differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
