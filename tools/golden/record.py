#!/usr/bin/env python3
"""Record what real CPython 3.11 does with a Python program or a notes file's python fences, on virtual time.

usage:
  record.py PROGRAM.py [PROGRAM.py ...]   a JSON list: one result per program, each run on its own
  record.py --notes NOTES.md              a JSON list: one result per python fence, by DESIGN.md's session rules,
                                          each with "startLine" (the opening fence's line) and
                                          "entry" (own | rerun | implicit | top-level-await | none)
  record.py --write DIR                   (re)write DIR/NAME.json beside every DIR/NAME.py: the golden of each
options: --timeout S (wall-clock guard per run, default 20)   --jobs N (programs run in parallel, default: cores)

A result: {"stdout": [lines], "virtualSeconds": float | null, "exception": null | "Type: message",
           "stderr": [lines]}.
- Each run is a fresh CPython process (forked from a warmed-up server, tools/golden/forkserver.py) whose event loops are virtual (tools/golden/virtual_time.py): a loop with
  nothing ready jumps its clock to the next timer; deadlines on a whole-nanosecond grid; equal deadlines fire in
  scheduling order; each loop's clock starts at 0. time.sleep moves the clock while holding the loop; executor
  workers sleep on the virtual clock while the loop goes on. time.time/monotonic/perf_counter (and _ns) read the
  run's virtual seconds (time.time adds 1700000000). random.seed(0) starts each run.
- Wall-clock readings (datetime.now/today/utcnow, date.today, time.localtime/gmtime/strftime/ctime/asctime with
  no time given) read the virtual time.time() in UTC, so they are the same on every run; a run that read them
  has "wallClock": true in its result (DESIGN.md: what they print is unverifiable, not guessed).
- virtualSeconds: the sum over the loops the run creates of their clock at close (creation is 0), rounded to
  6 decimals; for a top-level-await fence, how far the session loop's clock moved while it ran; null when the
  run creates no loop.
- exception: the program's uncaught exception as the last line of CPython's traceback; SystemExit counts as none.
- A run that outlives the guard reports the exception "RecorderTimeout: ...".
It runs the code for real: give it only programs you wrote or trust.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import queue
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fences  # noqa: E402  (after the path tweak, so the tool runs from any folder)
import sessions  # noqa: E402
from forkserver import ForkServer  # noqa: E402

DEFAULT_TIMEOUT = 20.0
RESULT_KEYS = ("stdout", "virtualSeconds", "exception", "stderr")


def public(result: dict) -> dict:
    """The result's documented keys, and `"wallClock": true` when the run read the wall clock."""
    kept = {key: result[key] for key in RESULT_KEYS}
    if result.get("wallClock"):
        kept["wallClock"] = True
    return kept


def program_job(path: Path) -> dict:
    return {"filename": path.name, "file": path.name, "tasks_before": 0, "prelude": [],
            "own": {"source": path.read_text(encoding="utf-8"), "append": None, "implicit_main": False}}


def record_program(path: Path, timeout: float) -> dict:
    with ForkServer() as server:
        result = server.run(program_job(path), timeout)
    return public(result)


def record_notes(path: Path, timeout: float) -> list[dict]:
    with ForkServer() as server:
        return _record_notes(server, path, timeout)


def _record_notes(server: ForkServer, path: Path, timeout: float) -> list[dict]:
    found = fences.python_fences(path.read_text(encoding="utf-8"))
    planned = sessions.plan([fence.source for fence in found])
    results = []
    tasks_before = 0
    for fence, run in zip(found, planned):
        job = {"filename": "<fence>", "file": path.name, "tasks_before": tasks_before,
               "prelude": run.prelude, "own": run.own}
        result = server.run(job, timeout)
        tasks_before = result.get("tasksAfter", tasks_before)
        entry = public(result)
        entry["startLine"] = fence.start_line
        entry["entry"] = run.entry
        results.append(entry)
    return results


def record_many(paths: list[Path], timeout: float, jobs: int) -> list[dict]:
    """Record programs in parallel: one fork server per worker thread."""
    servers: queue.SimpleQueue[ForkServer] = queue.SimpleQueue()
    started = [ForkServer() for _ in range(max(1, min(jobs, len(paths))))]
    for server in started:
        servers.put(server)

    def one(path: Path) -> dict:
        server = servers.get()
        try:
            result = server.run(program_job(path), timeout)
        finally:
            servers.put(server)
        return public(result)

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(started)) as pool:
            return list(pool.map(one, paths))
    finally:
        for server in started:
            server.close()


def golden_for(program: Path, result: dict) -> dict:
    """The committed golden of one differential program: CPython's result and how it was made."""
    return {
        "program": program.name,
        "recordedWith": "CPython %d.%d.%d on virtual time: python3 tools/golden/record.py --write %s"
                        % (*sys.version_info[:3], program.parent.as_posix()),
        **result,
    }


def write_goldens(folder: Path, timeout: float, jobs: int) -> int:
    programs = sorted(folder.glob("*.py"))
    results = record_many(programs, timeout, jobs)
    for program, result in zip(programs, results):
        text = json.dumps(golden_for(program, result), indent=1, ensure_ascii=False) + "\n"
        program.with_suffix(".json").write_text(text, encoding="utf-8")
    return len(programs)


def main(argv: list[str]) -> int:
    if sys.version_info[:2] != (3, 11):
        print("record.py records CPython 3.11's behaviour: run it with Python 3.11", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("programs", nargs="*", type=Path)
    parser.add_argument("--notes", type=Path)
    parser.add_argument("--write", type=Path, metavar="DIR")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    if args.write is not None:
        count = write_goldens(args.write, args.timeout, args.jobs)
        print(f"wrote {count} goldens in {args.write}")
        return 0
    if args.notes is not None:
        results = record_notes(args.notes, args.timeout)
    elif args.programs:
        results = record_many(args.programs, args.timeout, args.jobs)
    else:
        parser.print_usage()
        return 2
    print(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
