"""Fresh CPython processes for runs, cheaply: a warmed-up server process (asyncio already imported, nothing
installed, no threads) forks one child per run. Each child is as fresh as a new interpreter for the run's
purposes: virtual time installed from scratch, CPython's Task-N counter at 0, its own scratch folder as cwd,
stdin at end of file, its file descriptors 1 and 2 on /dev/null (a run's output is captured in Python).

Protocol (one JSON object per line): the client writes {"job": ..., "result": PATH, "cwd": DIR, "timeout": S};
the server answers {"timedOut": bool} once the child has ended or been killed by the wall-clock guard.
"""
from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _run_child(request: dict) -> None:
    """In the forked child: run the job and write its result (or the recorder's own failure) to the result file."""
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.chdir(request["cwd"])
        import runner

        result = runner.run_job(request["job"])
    except BaseException:  # the recorder failed, not the program: report it to the client
        result = {"recorderError": traceback.format_exc()}
    Path(request["result"]).write_text(json.dumps(result))


def _wait(pid: int, timeout: float) -> bool:
    """Wait for the child; kill it when the guard expires. True when it was killed."""
    deadline = time.monotonic() + timeout
    pidfd = os.pidfd_open(pid) if hasattr(os, "pidfd_open") else None
    try:
        while True:
            finished, _status = os.waitpid(pid, os.WNOHANG)
            if finished:
                return False
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return True
            if pidfd is not None:
                select.select([pidfd], [], [], left)
            else:
                time.sleep(min(left, 0.005))
    finally:
        if pidfd is not None:
            os.close(pidfd)


def serve() -> None:
    """The server loop: stdin carries requests, stdout answers."""
    import runner  # noqa: F401  (warm up: asyncio and the recorder's modules, imported once before any fork)

    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _run_child(request)
            os._exit(0)  # at once: executor threads stuck in a virtual sleep must not hold the exit
        timed_out = _wait(pid, request["timeout"])
        sys.stdout.write(json.dumps({"timedOut": timed_out}) + "\n")
        sys.stdout.flush()


class ForkServer:
    """A client's handle on one server process; `run` is synchronous (use one server per thread)."""

    def __init__(self) -> None:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
        env.pop("PYTHONASYNCIODEBUG", None)
        self._process = subprocess.Popen(
            [sys.executable, "-S", str(HERE / "forkserver.py")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=HERE)

    def run(self, job: dict, timeout: float) -> dict:
        with tempfile.TemporaryDirectory(prefix="record-") as scratch:
            result_path = Path(scratch) / "result.json"
            work = Path(scratch) / "cwd"
            work.mkdir()
            request = {"job": job, "result": str(result_path), "cwd": str(work), "timeout": timeout}
            assert self._process.stdin is not None and self._process.stdout is not None
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
            answer = self._process.stdout.readline()
            if not answer:
                raise RuntimeError("the recorder's fork server died")
            if json.loads(answer)["timedOut"]:
                return {"stdout": [], "virtualSeconds": None,
                        "exception": f"RecorderTimeout: the run outlived the {timeout:g} s wall-clock guard",
                        "stderr": [], "tasksAfter": job.get("tasks_before", 0)}
            if not result_path.exists():
                raise RuntimeError("the recorder's child ended without a result")
            result = json.loads(result_path.read_text())
        if "recorderError" in result:
            raise RuntimeError(f"the recorder failed:\n{result['recorderError']}")
        return result

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait()

    def __enter__(self) -> "ForkServer":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    serve()
