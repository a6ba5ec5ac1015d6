"""The child side of the recorder: runs one program or one fence's run in this (fresh) process on virtual time.

A job is a JSON object:
  {"filename": str,                 # the code's filename in tracebacks
   "file": str | null,              # the value of __file__ (null: leave it unset)
   "tasks_before": int,             # tasks earlier runs of the same notes file created (CPython's Task-N counter)
   "prelude": [{"source": str, "drop": [int]}],   # earlier fences replayed for their definitions, silently;
                                    #   drop = indices of top-level statements removed (entry points)
   "own": {"source": str,
           "append": {"source": str, "index": int} | null,   # an earlier fence's entry statement, re-run after
           "implicit_main": bool}}          # then call asyncio.run(main()) (a file with no entry point at all)
The result is {"stdout", "virtualSeconds", "exception", "stderr", "tasksAfter", "wallClock"} (wallClock: the run
read the wall clock, datetime.now() or time.strftime() say, pinned to the virtual time.time() in UTC).
An uncaught exception is also printed to the run's stderr as CPython's own excepthook prints it at exit (the
recorder's frames left out). A program's source is written under its filename into the child's scratch folder
(its cwd), so tracebacks and asyncio's logs show source lines as they do for `python3 PROGRAM.py`.
"""
from __future__ import annotations

import ast
import asyncio
import contextlib
import gc
import inspect
import io
import os
import random
import sys
import traceback

import virtual_time
from virtual_time import CLOCK


def exception_line(exc: BaseException) -> str:
    """The last line of the traceback CPython prints for `exc`: `Type: message` (notes excluded)."""
    lines = traceback.format_exception_only(type(exc), exc)
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, (list, tuple)):
        lines = lines[: len(lines) - len(notes)] or lines
    return lines[-1].rstrip("\n")


def print_uncaught(exc: BaseException) -> None:
    """Print `exc` to sys.stderr as the interpreter does at exit, without the recorder's own outer frames."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    sys.__excepthook__(type(exc), exc.with_traceback(tb), tb)


def write_source_for_tracebacks(filename: str, source: str) -> None:
    """Put the program where CPython's traceback printers look for its lines (the cwd), unless it names no file."""
    if not filename.startswith("<") and os.sep not in filename:
        with open(filename, "w", encoding="utf-8") as handle:
            handle.write(source)


def compile_fence(source: str, filename: str, drop: frozenset[int] = frozenset()):
    """Compile `source` (minus the top-level statements at `drop`), allowing top-level await as IPython does."""
    tree = compile(source, filename, "exec", flags=ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                   dont_inherit=True)
    if drop:
        tree.body = [stmt for index, stmt in enumerate(tree.body) if index not in drop]
    return compile(tree, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)


def is_top_level_await(code) -> bool:
    return bool(code.co_flags & inspect.CO_COROUTINE)


class _Session:
    """One run's namespace and the event loop that top-level-await code of this run shares."""

    def __init__(self, filename: str, file: str | None) -> None:
        self.filename = filename
        self.namespace: dict = {"__name__": "__main__", "__builtins__": __builtins__}
        if file is not None:
            self.namespace["__file__"] = file
        self.tla_loop: asyncio.AbstractEventLoop | None = None

    def execute(self, code) -> None:
        if is_top_level_await(code):
            if self.tla_loop is None:
                self.tla_loop = asyncio.new_event_loop()
            self.tla_loop.run_until_complete(eval(code, self.namespace))
        else:
            exec(code, self.namespace)


class _FakeLoop:
    """Just enough of a loop to build (never run) a Task: used to move CPython's Task-N counter forward."""

    def get_debug(self) -> bool:
        return False

    def call_soon(self, *args, **kwargs) -> None:
        return None


async def _never_run() -> None:
    return None


def _make_counter_task() -> asyncio.Task:
    coroutine = _never_run()
    task = asyncio.Task(coroutine, loop=_FakeLoop())
    task._log_destroy_pending = False
    coroutine.close()
    return task


def advance_task_counter(count: int) -> None:
    """Make the next task this process creates Task-(count+1), as if `count` tasks had been made before."""
    for _ in range(count):
        _make_counter_task()


def tasks_created() -> int:
    """How many tasks this process has named so far (the probe itself is not counted)."""
    name = _make_counter_task().get_name()
    return int(name.split("-")[1]) - 1


_STDLIB = os.path.dirname(os.path.dirname(asyncio.__file__))


def _without_install_paths(text: str) -> str:
    """stderr with the standard library's folder written `<stdlib>`, so goldens do not depend on the install."""
    return text.replace(_STDLIB + os.sep, "<stdlib>" + os.sep)


def _tla_seconds(session: _Session, start_ns: int) -> float:
    """A top-level-await fence's virtual seconds: the time its session loop moved while it ran."""
    end_ns = session.tla_loop.now_ns if session.tla_loop is not None else start_ns
    return round((end_ns - start_ns) / virtual_time.NS_PER_SECOND, 6)


def run_job(job: dict) -> dict:
    virtual_time.install()
    advance_task_counter(job.get("tasks_before", 0))
    filename = job["filename"]
    write_source_for_tracebacks(filename, job["own"]["source"])
    session = _Session(filename, job.get("file"))
    silent = io.StringIO()
    real_stdout, real_stderr = sys.stdout, sys.stderr

    sys.stdout, sys.stderr = silent, silent
    try:
        random.seed(0)
        for item in job.get("prelude", []):
            try:
                code = compile_fence(item["source"], filename, frozenset(item.get("drop", [])))
            except SyntaxError:
                continue
            with contextlib.suppress(Exception, SystemExit, virtual_time.LoopWaitsForever):
                session.execute(code)
    finally:
        sys.stdout, sys.stderr = real_stdout, real_stderr

    out, err = io.StringIO(), io.StringIO()
    exception = None
    CLOCK.begin_run()
    own_is_tla = False
    tla_start = session.tla_loop.now_ns if session.tla_loop is not None else 0
    random.seed(0)
    sys.stdout, sys.stderr = out, err
    try:
        own = job["own"]
        code = compile_fence(own["source"], filename)
        own_is_tla = is_top_level_await(code)
        session.execute(code)
        append = own.get("append")
        if append is not None:
            tree = ast.parse(append["source"], filename)
            entry = ast.Module(body=[tree.body[append["index"]]], type_ignores=[])
            exec(compile(entry, filename, "exec", dont_inherit=True), session.namespace)
        if own.get("implicit_main"):
            asyncio.run(session.namespace["main"]())
    except SystemExit:
        exception = None  # CPython prints no traceback for SystemExit
    except BaseException as exc:  # the program's own uncaught exception, reported as CPython prints it
        exception = exception_line(exc)
        print_uncaught(exc)
    finally:
        gc.collect()
        sys.stdout, sys.stderr = real_stdout, real_stderr
    return {
        "stdout": out.getvalue().splitlines(),
        "virtualSeconds": _tla_seconds(session, tla_start) if own_is_tla else CLOCK.virtual_seconds(),
        "exception": exception,
        "stderr": _without_install_paths(err.getvalue()).splitlines(),
        "tasksAfter": tasks_created(),
        "wallClock": CLOCK.read_wall_clock,
    }
