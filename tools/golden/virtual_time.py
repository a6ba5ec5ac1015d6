"""Real CPython 3.11 asyncio on a virtual clock: the clock, the event loop that jumps it, the patched `time` module.

One `RunClock` holds the virtual time of a whole run, in whole nanoseconds. Every event loop has a clock of its
own that starts at 0 and moves only while that loop runs (with the run clock); `time.sleep` outside a running
loop moves the run clock alone.

- A loop with nothing ready does not wait: it jumps the clock to its next timer (or to the next deadline of a
  worker thread sleeping on the virtual clock, whichever was scheduled first).
- Timer deadlines sit on a whole-nanosecond grid (`now + delay` rounded to the nanosecond), and timers due at
  the same instant fire in the order they were scheduled (FIFO), as they do on a real clock where time passes
  between two calls. CPython's own heap compares deadlines only.
- `time.sleep` on the main thread moves the clock while holding the loop: nothing else runs on the loop, but
  executor workers whose virtual sleeps end meanwhile do run, each in turn.
- `time.sleep` in a worker thread (`run_in_executor`, `to_thread`) waits on the virtual clock while the loop goes on.
- `time.time/monotonic/perf_counter` and their `_ns` forms read the run's virtual clock
  (`time.time` = 1700000000 + run seconds; the `_ns` forms are exact integers).
- Wall-clock readings (`datetime.now/today/utcnow`, `date.today`, and `time.localtime/gmtime/strftime/ctime/asctime`
  without a time argument) read the same virtual `time.time`, in UTC (TZ is UTC for the whole run), so a golden
  that prints them is the same on every run; `CLOCK.read_wall_clock` tells whether the run read them (DESIGN.md:
  the checker reports such output unverifiable where it depends on the clock).
- Where CPython iterates a set of tasks to cancel them (asyncio.run's shutdown, a TaskGroup aborting), the order
  is an accident of hashing; here it is creation order, DESIGN.md's rule.
"""
from __future__ import annotations

import asyncio
import asyncio.events
import asyncio.taskgroups
import asyncio.tasks
import concurrent.futures
import datetime
import heapq
import itertools
import os
import selectors
import sys
import threading
import time
import weakref

EPOCH_SECONDS = 1_700_000_000
NS_PER_SECOND = 1_000_000_000
_real_sleep = time.sleep


class LoopWaitsForever(BaseException):
    """Raised where CPython would block forever: no timer, no worker, no I/O can ever wake the loop."""


def to_ns(seconds: float) -> int:
    """A duration or instant in seconds, rounded to the nanosecond grid."""
    return round(seconds * NS_PER_SECOND)


class _Sleeper:
    """A worker thread blocked in `time.sleep` until the virtual clock reaches `deadline`."""

    def __init__(self, deadline: int, seq: int, tracked: bool) -> None:
        self.deadline = deadline
        self.seq = seq
        self.tracked = tracked  # an executor job's thread, counted in `busy` while it runs
        self.woken = False

    def __lt__(self, other: "_Sleeper") -> bool:
        return (self.deadline, self.seq) < (other.deadline, other.seq)


class _PoolState:
    """Jobs of one executor: queued ones start only while a worker thread is free."""

    def __init__(self, max_workers: int) -> None:
        self.max_workers = max_workers
        self.queued = 0
        self.active = 0


class RunClock:
    """The virtual clock of one run, shared by the main thread, every loop and every worker thread.

    `busy` counts executor jobs that are running real Python code (submitted, not sleeping, not yet delivered
    to the loop); the clock only moves when that count is 0, so a worker's output and its completion always
    land at the virtual instant they belong to.
    """

    def __init__(self) -> None:
        self.now = 0
        self.run_start = 0
        self.loops: list["VirtualLoop"] = []
        self._cond = threading.Condition()
        self._busy = 0
        self._sleepers: list[_Sleeper] = []
        self._seq = itertools.count()
        self._pools: dict[int, _PoolState] = {}
        self._job_thread = threading.local()
        self.read_wall_clock = False

    def next_seq(self) -> int:
        return next(self._seq)

    def begin_run(self) -> None:
        """Start a new run: its clocks read 0 from here and only loops created from here on are counted."""
        self.run_start = self.now
        self.loops = []
        self.read_wall_clock = False

    def advance(self, delta: int, loop: "VirtualLoop | None") -> None:
        """Move the run clock, and the clock of `loop` (the running loop, if any), `delta` nanoseconds on."""
        with self._cond:
            self.now += delta
        if loop is not None:
            loop.now_ns += delta

    def run_seconds(self) -> float:
        return (self.now - self.run_start) / NS_PER_SECOND

    def run_ns(self) -> int:
        return self.now - self.run_start

    def virtual_seconds(self) -> float | None:
        """Sum over the loops created during the run of (close - creation), or None when none was created."""
        if not self.loops:
            return None
        total = sum(loop.closed_at if loop.closed_at is not None else loop.now_ns for loop in self.loops)
        return round(total / NS_PER_SECOND, 6)

    # Worker bookkeeping -------------------------------------------------------------------------------------

    def submit(self, executor, func, args) -> tuple[concurrent.futures.Future, "_PoolState", dict]:
        """Submit `func(*args)` to `executor`, tracked so that the clock waits while it runs real code."""
        pool = self._pools.setdefault(id(executor), _PoolState(getattr(executor, "_max_workers", 1)))
        state = {"started": False}

        def tracked():
            with self._cond:
                pool.queued -= 1
                pool.active += 1
                self._busy += 1
                state["started"] = True
            self._job_thread.tracked = True
            try:
                return func(*args)
            finally:
                self._job_thread.tracked = False

        with self._cond:
            pool.queued += 1
        try:
            job = executor.submit(tracked)
        except BaseException:
            self.job_delivered(pool, state)
            raise
        return job, pool, state

    def job_delivered(self, pool: "_PoolState", state: dict) -> None:
        """The job's outcome is on its way to the loop (or it was cancelled before it started)."""
        with self._cond:
            if state["started"]:
                pool.active -= 1
                self._busy -= 1
            else:
                pool.queued -= 1
            self._cond.notify_all()

    def _quiet(self) -> bool:
        return self._busy == 0 and all(pool.queued == 0 or pool.active >= pool.max_workers
                                       for pool in self._pools.values())

    def worker_sleep(self, ns: int) -> None:
        """Block the calling worker thread until the virtual clock has moved `ns` further."""
        tracked = getattr(self._job_thread, "tracked", False)
        with self._cond:
            sleeper = _Sleeper(self.now + ns, self.next_seq(), tracked)
            heapq.heappush(self._sleepers, sleeper)
            if tracked:
                self._busy -= 1
            self._cond.notify_all()
            while not sleeper.woken:
                self._cond.wait()

    def wait_until_quiet(self) -> None:
        """Wait (in real time) until no worker runs real code, so the virtual clock may move."""
        with self._cond:
            while not self._quiet():
                self._cond.wait()

    def next_sleeper_key(self) -> tuple[int, int] | None:
        with self._cond:
            if not self._sleepers:
                return None
            head = self._sleepers[0]
            return head.deadline, head.seq

    def wake_next_sleeper(self, loop: "VirtualLoop | None") -> None:
        """Move the clocks to the earliest sleeping worker's deadline and let that one worker run."""
        with self._cond:
            sleeper = heapq.heappop(self._sleepers)
            delta = max(0, sleeper.deadline - self.now)
        self.advance(delta, loop)
        with self._cond:
            sleeper.woken = True
            if sleeper.tracked:
                self._busy += 1
            self._cond.notify_all()

    def block(self, ns: int, loop: "VirtualLoop | None") -> None:
        """The main thread blocks for `ns`: each worker whose sleep ends meanwhile runs, in deadline order."""
        target = self.now + ns
        while True:
            self.wait_until_quiet()
            key = self.next_sleeper_key()
            if key is not None and key[0] <= target:
                self.wake_next_sleeper(loop)
                continue
            self.advance(max(0, target - self.now), loop)
            return


CLOCK = RunClock()


# The patched `time` functions ---------------------------------------------------------------------------------

def _sleep(seconds):
    if not isinstance(seconds, (int, float)):
        _real_sleep(seconds)  # raises CPython's own TypeError for a non-number
        return
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    ns = to_ns(seconds)
    if threading.current_thread() is threading.main_thread():
        CLOCK.block(ns, asyncio.events._get_running_loop())
    else:
        CLOCK.worker_sleep(ns)


def _time() -> float:
    return EPOCH_SECONDS + CLOCK.run_seconds()


def _time_ns() -> int:
    return EPOCH_SECONDS * NS_PER_SECOND + CLOCK.run_ns()


def _monotonic() -> float:
    return CLOCK.run_seconds()


def _monotonic_ns() -> int:
    return CLOCK.run_ns()


def _wall_seconds() -> float:
    """The virtual `time.time()`, noting that the run read the wall clock."""
    CLOCK.read_wall_clock = True
    return _time()


_real_gmtime = time.gmtime
_real_strftime = time.strftime
_real_asctime = time.asctime


def _gmtime(secs=None):
    return _real_gmtime(_wall_seconds() if secs is None else secs)


def _strftime(format, t=None):
    return _real_strftime(format, _gmtime() if t is None else t)


def _asctime(t=None):
    return _real_asctime(_gmtime() if t is None else t)


def _ctime(secs=None):
    return _real_asctime(_gmtime(secs))


class _PinnedDatetime(datetime.datetime):
    """`datetime.datetime` whose `now`, `today` and `utcnow` read the virtual wall clock (naive, UTC)."""

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_wall_seconds(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_wall_seconds())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_wall_seconds())

    def __repr__(self):
        return "datetime." + super().__repr__()


class _PinnedDate(datetime.date):
    """`datetime.date` whose `today` reads the virtual wall clock."""

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_wall_seconds())

    def __repr__(self):
        return "datetime." + super().__repr__()


def pin_wall_clock() -> None:
    """Point the wall-clock readings at the virtual `time.time()`, in UTC (modules that copied them keep theirs)."""
    os.environ["TZ"] = "UTC"
    time.tzset()
    time.localtime = _gmtime
    time.gmtime = _gmtime
    time.strftime = _strftime
    time.asctime = _asctime
    time.ctime = _ctime
    for pinned, name in ((_PinnedDatetime, "datetime"), (_PinnedDate, "date")):
        pinned.__name__ = pinned.__qualname__ = name
        pinned.__module__ = "datetime"
        setattr(datetime, name, pinned)


def patch_time_module() -> None:
    """Point the `time` module's sleep and clocks at the virtual clock (modules that copied them keep theirs)."""
    time.sleep = _sleep
    time.time = _time
    time.time_ns = _time_ns
    time.monotonic = _monotonic
    time.monotonic_ns = _monotonic_ns
    time.perf_counter = _monotonic
    time.perf_counter_ns = _monotonic_ns


# The loop -------------------------------------------------------------------------------------------------------

class _VirtualTimerHandle(asyncio.events.TimerHandle):
    """A timer ordered by (deadline in ns, scheduling sequence): equal deadlines fire first-scheduled first."""

    __slots__ = ("_when_ns", "_seq")

    def _key(self) -> tuple[int, int]:
        return self._when_ns, self._seq

    def _repr_info(self):
        info = super()._repr_info()
        info[0] = "TimerHandle"  # what CPython's own timers show in reprs and logs
        return info

    def __lt__(self, other):
        if isinstance(other, _VirtualTimerHandle):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, _VirtualTimerHandle):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, _VirtualTimerHandle):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, _VirtualTimerHandle):
            return self._key() >= other._key()
        return NotImplemented


class _VirtualSelector:
    """Wraps the real selector: a poll with a positive or infinite timeout jumps the virtual clock instead."""

    def __init__(self) -> None:
        self._inner = selectors.DefaultSelector()
        self.loop: VirtualLoop | None = None

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def select(self, timeout=None):
        if timeout is not None and timeout <= 0:
            return self._inner.select(0)
        loop = self.loop
        while True:
            CLOCK.wait_until_quiet()
            events = self._inner.select(0)
            if events:
                return events
            timer = loop.next_timer_key() if (loop is not None and timeout is not None) else None
            if timer is not None:
                timer = (timer[0] - loop.now_ns, timer[1])
            sleeper = CLOCK.next_sleeper_key()
            if sleeper is not None:
                sleeper = (sleeper[0] - CLOCK.now, sleeper[1])
            if sleeper is not None and (timer is None or sleeper < timer):
                CLOCK.wake_next_sleeper(loop)
                continue
            if timer is not None:
                CLOCK.advance(max(0, timer[0]), loop)
                return []
            if threading.active_count() > 1:
                # A helper thread (the executor shutdown, say) may still write to the self-pipe.
                events = self._inner.select(0.05)
                if events:
                    return events
                if _only_idle_threads_remain():
                    raise LoopWaitsForever("the event loop waits forever: nothing is scheduled")
                continue
            raise LoopWaitsForever("the event loop waits forever: nothing is scheduled")


def _only_idle_threads_remain() -> bool:
    """True when every other live thread is an idle executor worker (it can never wake the loop)."""
    for thread in threading.enumerate():
        if thread is threading.main_thread():
            continue
        if not thread.name.startswith(("asyncio_", "ThreadPoolExecutor")):
            return False
    return CLOCK.next_sleeper_key() is None


class VirtualLoop(asyncio.SelectorEventLoop):
    """asyncio's selector loop with a virtual `time()` that starts at 0 and FIFO timers on a nanosecond grid."""

    def __init__(self) -> None:
        selector = _VirtualSelector()
        self.now_ns = 0
        self.closed_at: int | None = None
        super().__init__(selector)
        selector.loop = self
        self._clock_resolution = 1e-9
        CLOCK.loops.append(self)

    def time(self) -> float:
        return self.now_ns / NS_PER_SECOND

    def next_timer_key(self) -> tuple[int, int] | None:
        for handle in self._scheduled[:1]:
            return handle._when_ns, handle._seq
        return None

    def _schedule_at_ns(self, when_ns: int, callback, args, context):
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = _VirtualTimerHandle(when_ns / NS_PER_SECOND, callback, args, self, context)
        timer._when_ns = when_ns
        timer._seq = CLOCK.next_seq()
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self._schedule_at_ns(self.now_ns + to_ns(delay), callback, args, context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        return self._schedule_at_ns(to_ns(when), callback, args, context)

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, "run_in_executor")
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        job, pool, state = CLOCK.submit(executor, func, args)
        future = asyncio.futures.wrap_future(job, loop=self)
        # Added after wrap_future's own callback: the job counts as busy until its result is on its way to the loop.
        job.add_done_callback(lambda _job: CLOCK.job_delivered(pool, state))
        return future

    def create_task(self, coro, *, name=None, context=None):
        task = super().create_task(coro, name=name, context=context)
        _CREATION_ORDER[task] = CLOCK.next_seq()
        return task

    def close(self):
        if self.closed_at is None and not self.is_running():
            self.closed_at = self.now_ns
        super().close()


_CREATION_ORDER: "weakref.WeakKeyDictionary[asyncio.Task, int]" = weakref.WeakKeyDictionary()
_original_all_tasks = asyncio.tasks.all_tasks


def creation_order(task: asyncio.Task) -> int:
    return _CREATION_ORDER.get(task, sys.maxsize)


def _all_tasks_in_creation_order(loop=None) -> list:
    """What asyncio.run's shutdown cancels (asyncio.tasks.all_tasks; the public asyncio.all_tasks is untouched)."""
    return sorted(_original_all_tasks(loop), key=creation_order)


def _abort_in_creation_order(self) -> None:
    """TaskGroup._abort of CPython 3.11, cancelling the children in creation order instead of set order."""
    self._aborting = True
    for task in sorted(self._tasks, key=creation_order):
        if not task.done():
            task.cancel()


class VirtualLoopPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


def install() -> None:
    """Make every new event loop virtual and the `time` module read the virtual clock (once per process)."""
    asyncio.set_event_loop_policy(VirtualLoopPolicy())
    asyncio.tasks.all_tasks = _all_tasks_in_creation_order
    asyncio.taskgroups.TaskGroup._abort = _abort_in_creation_order
    patch_time_module()
    pin_wall_clock()
