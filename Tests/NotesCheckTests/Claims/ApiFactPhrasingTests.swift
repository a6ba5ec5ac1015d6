import XCTest
@testable import NotesCheck

/// Phrasings of API facts that the behaviour families read besides their first patterns: new probe rows (gather
/// given a list, wait given nothing, Semaphore defaults, set() then clear(), a plain for over an async generator)
/// and other wordings of facts already probed. Recognition only; truth is the probe's.
final class ApiFactPhrasingTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String, _ family: String) -> [String] { readBehaviours(text, family: family, matcher: matcher) }

    func testSynchronisation() {
        XCTAssertEqual(read("Releasing a lock that nobody holds raises `RuntimeError`.", "synchronisation"), ["lock-release-unlocked=runtimeerror"])
        XCTAssertEqual(read("A plain `Semaphore` lets you release more times than you acquired.", "synchronisation"), ["plain-extra-release=returns"])
        XCTAssertEqual(read("A plain `asyncio.Semaphore` raises `ValueError` if you release it more often than you acquired.", "synchronisation"),
                       ["plain-extra-release=valueerror"])
        XCTAssertEqual(read("An `asyncio.Semaphore` throws an exception when it is released too many times.", "synchronisation"),
                       ["not plain-extra-release=returns"])
        XCTAssertEqual(read("`asyncio.Semaphore()` with no argument starts at 1.", "synchronisation"), ["semaphore-default=1"])
        XCTAssertEqual(read("A `Semaphore` without a value starts at one.", "synchronisation"), ["semaphore-default=1"])
        XCTAssertEqual(read("Creating a semaphore with a negative value raises `ValueError`.", "synchronisation"), ["semaphore-negative=valueerror"])
        XCTAssertEqual(read("`await event.wait()` returns `True` once the event is set.", "synchronisation"), ["event-wait-returns=true"])
        XCTAssertEqual(read("An Event's `set()` followed at once by `clear()` still wakes the waiters.", "synchronisation"), ["set-clear-wakes=True"])
        XCTAssertEqual(read("Calling `set()` and then `clear()` straight after means the waiting tasks never wake up.", "synchronisation"),
                       ["not set-clear-wakes=True"])
        XCTAssertEqual(read("Use `asyncio.Semaphore()` to limit concurrency.", "synchronisation"), [])
    }

    func testQueuesAndIteration() {
        XCTAssertEqual(read("On an empty queue `q.get_nowait()` returns `None`.", "queues"), ["get-nowait-on-empty=returns"])
        XCTAssertEqual(read("If you call `task_done()` more times than there were items you get a `ValueError`.", "queues"), ["extra-task-done=valueerror"])
        XCTAssertEqual(read("`q.put()` on a full queue does not raise; it waits until a slot frees up.", "queues"), ["put-on-full=waits"])
        XCTAssertEqual(read("A plain `for` loop over an async generator raises `TypeError`.", "async-iteration"), ["for-over-async-generator=typeerror"])
        XCTAssertEqual(read("A regular for loop cannot iterate an async generator.", "async-iteration"), ["for-over-async-generator=TypeError"])
        XCTAssertEqual(read("`async for` is happy to loop over a plain list.", "async-iteration"), ["async-for-over-plain-iterable=works"])
    }

    func testGatherWaitAndTaskGroups() {
        XCTAssertEqual(read("`asyncio.gather()` accepts a list of coroutines directly.", "gather"), ["gather-list=returns"])
        XCTAssertEqual(read("`asyncio.gather()` doesn't accept a list.", "gather"), ["not gather-list=returns"])
        XCTAssertEqual(read("Passing a list to `asyncio.gather()` raises `TypeError`.", "gather"), ["gather-list=typeerror"])
        XCTAssertEqual(read("`await asyncio.gather()` with no arguments returns an empty list.", "gather"), ["gather-empty=True"])
        XCTAssertEqual(read("`gather()` takes the coroutines as separate arguments.", "gather"), [])
        XCTAssertEqual(read("Passing an empty set to `asyncio.wait()` raises `ValueError`.", "wait"), ["wait-empty=valueerror"])
        XCTAssertEqual(read("After the `TaskGroup` has exited, `tg.create_task()` raises `RuntimeError`.", "task-group"),
                       ["create-task-after-exit=runtimeerror"])
    }

    func testTimeoutsLoopAndFutures() {
        XCTAssertEqual(read("`asyncio.timeout()` turns the cancellation into `TimeoutError`.", "timeouts"), ["timeout-raises=timeouterror"])
        XCTAssertEqual(read("In 3.11 `asyncio.TimeoutError` is the very same class as the builtin `TimeoutError`.", "timeouts"),
                       ["timeout-error-is-builtin=True"])
        XCTAssertEqual(read("When the deadline passes, `asyncio.timeout` swallows the cancellation.", "timeouts"), ["timeout-raises=nothing"])
        XCTAssertEqual(read("`asyncio.run()` returns whatever the main coroutine returns.", "event-loop"), ["run-returns-result=True"])
        XCTAssertEqual(read("`asyncio.run` cannot be called when a loop is already running.", "event-loop"), ["nested-run=RuntimeError"])
        XCTAssertEqual(read("`asyncio.to_thread()` runs the function in a separate thread.", "event-loop"), ["to-thread-blocks-loop=False"])
        XCTAssertEqual(read("`asyncio.to_thread` runs the function on the event loop thread.", "event-loop"), ["to-thread-blocks-loop=True"])
        XCTAssertEqual(read("`set_result()` on a future that has already been cancelled raises `InvalidStateError`.", "futures"),
                       ["set-result-on-cancelled=invalidstateerror"])
        XCTAssertEqual(read("`f.cancel()` on a pending future returns `True`.", "cancellation"), ["cancel-pending-returns=true"])
        XCTAssertEqual(read("A finished future can be awaited again.", "tasks"), ["future-reawait-same=True"])
        XCTAssertEqual(read("`create_task` only schedules the coroutine; it runs when the current task yields.", "tasks"),
                       ["create-task-runs-at-once=False"])
        XCTAssertEqual(read("`gather()` itself isn't a coroutine function.", "tasks"), ["not gather-is-coroutine-function=True"])
    }

    func testObjectsMadeBeforeTheLoopAndTheirValues() {
        XCTAssertEqual(read("An `asyncio.Lock` must be created inside a running event loop.", "loop-calls"), ["not primitives-outside-loop=works"])
        XCTAssertEqual(read("Since Python 3.10 a `Semaphore` can be created at module level.", "loop-calls"), ["primitives-outside-loop=works"])
        XCTAssertEqual(read("Creating an `asyncio.Queue()` outside a running loop raises `RuntimeError`.", "loop-calls"),
                       ["primitives-outside-loop=runtimeerror"])
        XCTAssertEqual(read("You should create the `Lock` inside `main()`.", "loop-calls"), [])
        XCTAssertEqual(read("`await asyncio.gather(a(), b())` returns a list.", "gather"), ["gather-result-type=list"])
        XCTAssertEqual(read("`asyncio.all_tasks()` returns a set.", "tasks"), ["all-tasks-type=set"])
        XCTAssertEqual(read("For a task that raised, `task.result()` re-raises the exception.", "tasks"), ["result-of-failed=raises"])
        XCTAssertEqual(read("A new `asyncio.Event()` starts out unset.", "synchronisation"), ["event-initially-set=False"])
        XCTAssertEqual(read("`await cond.wait()` releases the underlying lock while it waits.", "synchronisation"), ["condition-wait-releases=True"])
        XCTAssertEqual(read("`wait_for` with `timeout=None` just waits for the awaitable.", "timeouts"), ["wait-for-none-waits=True"])
        XCTAssertEqual(read("`asyncio.create_task()` does not require a running loop.", "event-loop"), ["not create-task-outside-loop=RuntimeError"])
    }

    func testRepeatedCallsAndOtherWordings() {
        XCTAssertEqual(read("`asyncio.run()` can only be called once per program.", "loop-calls"), ["not run-twice=works"])
        XCTAssertEqual(read("`asyncio.run()` can be called several times in a row.", "loop-calls"), ["run-twice=works"])
        XCTAssertEqual(read("`asyncio.run()` cannot be called again from inside a running loop.", "loop-calls"), [])
        XCTAssertEqual(read("`asyncio.ensure_future()` given a task returns it unchanged.", "tasks"), ["ensure-future-same=True"])
        XCTAssertEqual(read("`await lock.acquire()` returns `True`.", "synchronisation"), ["acquire-returns=true"])
        XCTAssertEqual(read("`fut.result()` raises `InvalidStateError` while the future is still pending.", "futures"),
                       ["result-of-pending=invalidstateerror"])
        XCTAssertEqual(read("A future that has been cancelled reports `done()` as `True`.", "futures"), ["cancelled-done=true"])
        XCTAssertEqual(read("`asyncio.create_task()` raises `RuntimeError` when no loop is running.", "event-loop"),
                       ["create-task-outside-loop=runtimeerror"])
    }

    func testParaphrases() {
        XCTAssertEqual(read("You cannot await a coroutine object twice.", "tasks"), ["not coroutine-reawait-fails=False"])
        XCTAssertEqual(read("Re-awaiting an already awaited coroutine raises `RuntimeError`.", "tasks"), ["coroutine-reawait=runtimeerror"])
        XCTAssertEqual(read("Awaiting the same task a second time simply returns its result again.", "tasks"), ["task-reawait-same=True"])
        XCTAssertEqual(read("`asyncio.ensure_future()` turns a coroutine into a plain Future.", "tasks"), ["ensure-future-task=False"])
        XCTAssertEqual(read("A negative number passed to `asyncio.sleep()` behaves like `sleep(0)`.", "loop-calls"), ["sleep-negative=returns"])
        XCTAssertEqual(read("The optional `result` parameter of `asyncio.sleep()` becomes the value of the await.", "loop-calls"),
                       ["sleep-result=True"])
        XCTAssertEqual(read("A cancelled `TimerHandle`'s callback never runs.", "loop-calls"), ["not cancelled-handle-runs=True"])
        XCTAssertEqual(read("An event that is set and immediately cleared still releases the tasks that were waiting on it.", "synchronisation"),
                       ["set-clear-wakes=True"])
    }

    func testHandlesSleepAndTheRunningLoop() {
        XCTAssertEqual(read("`loop.call_later()` returns a `TimerHandle`.", "loop-calls"), ["call-later-type=TimerHandle"])
        XCTAssertEqual(read("`await asyncio.sleep(1)` returns `None`.", "loop-calls"), ["sleep-default-none=True"])
        XCTAssertEqual(read("`asyncio.sleep(1, result=5)` returns 5, not `None`.", "loop-calls"), [])
        XCTAssertEqual(read("`loop.is_running()` returns `True` inside a coroutine.", "loop-calls"), ["loop-is-running=true"])
        XCTAssertEqual(read("Inside a coroutine, `asyncio.get_event_loop()` returns the running loop.", "loop-calls"),
                       ["get-event-loop-in-coroutine=True"])
        XCTAssertEqual(read("The message passed to `task.cancel()` ends up in the `CancelledError`.", "tasks"), ["cancel-message=True"])
        XCTAssertEqual(read("`task.cancel(\"bye\")` passes its message on to the `CancelledError`.", "tasks"), ["cancel-message=True"])
    }
}
