import XCTest
@testable import NotesCheck

/// The event-loop family's patterns (call_soon, call_later, executors, asyncio.run's shutdown).
final class EventLoopBehaviourTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] { readBehaviours(text, family: "event-loop", matcher: matcher) }

    func testCreateTaskWithNoRunningLoop() {
        XCTAssertEqual(read("Calling `asyncio.create_task()` outside a running loop just queues the coroutine."),
                       ["create-task-outside-loop=schedules"])
        XCTAssertEqual(read("`create_task(coro)` from plain synchronous code simply schedules it for later."),
                       ["create-task-outside-loop=schedules"])
        XCTAssertEqual(read("`asyncio.create_task()` without a running event loop raises `RuntimeError`."),
                       ["create-task-outside-loop=runtimeerror"])
        XCTAssertEqual(read("`asyncio.create_task()` schedules the coroutine on the running loop."), [])
    }

    func testRunRefusesInsideARunningLoop() {
        XCTAssertEqual(read("`asyncio.run()` refuses to start when an event loop is already running in the same thread."),
                       ["nested-run=RuntimeError"])
        XCTAssertEqual(read("`asyncio.run` won't start if another loop is already running."), ["nested-run=RuntimeError"])
        XCTAssertEqual(read("`asyncio.run(main())` fails to start while the loop is already running."), ["nested-run=RuntimeError"])
    }

    func testCallSoon() {
        XCTAssertEqual(read("`call_soon()` runs the callback immediately, before returning."), ["call-soon-runs-at-once=True"])
        XCTAssertEqual(read("`loop.call_soon()` does not call the callback immediately."), ["not call-soon-runs-at-once=True"])
        XCTAssertEqual(read("`call_soon` callbacks run in the order they were scheduled."), ["call-soon-order=fifo"])
    }

    func testCallLater() {
        XCTAssertEqual(read("A `call_later()` callback with a shorter delay runs first, whatever order the calls were made in."),
                       ["call-later-order=by-delay"])
        XCTAssertEqual(read("`call_later()` callbacks fire in the order they were scheduled."), ["call-later-order=by-scheduling"])
    }

    func testExecutorsKeepTheLoopFree() {
        XCTAssertEqual(read("`asyncio.to_thread()` blocks the event loop."), ["to-thread-blocks-loop=True"])
        XCTAssertEqual(read("`to_thread()` runs the function in a worker thread, so the event loop stays free."), ["to-thread-blocks-loop=False"])
        XCTAssertEqual(read("`run_in_executor()` keeps the event loop responsive."), ["run-in-executor-blocks-loop=False"])
        XCTAssertEqual(read("While the queue is empty, `queue.get()` blocks the whole event loop."), ["awaiting-primitive-blocks-loop=True"])
    }

    func testASubjectTheSentenceSetsAsideIsNotItsSubject() {
        XCTAssertEqual(read("Calling `crunch(2)` directly instead of through `to_thread` freezes the loop."), [])
        XCTAssertEqual(read("Rather than `to_thread()`, a plain call blocks the event loop."), [])
        XCTAssertEqual(read("Unlike `asyncio.to_thread()`, calling it directly blocks the event loop."), [])
    }

    func testLeftoverTasksAtShutdown() {
        XCTAssertEqual(read("When `asyncio.run()` finishes, any remaining tasks are cancelled."), ["run-cancels-leftovers=True"])
        XCTAssertEqual(read("`asyncio.run()` cancels whatever tasks are left over."), ["run-cancels-leftovers=True"])
        XCTAssertEqual(read("Leftover tasks are simply killed when `asyncio.run()` returns; their `finally` blocks never run."),
                       ["leftover-finally-runs=False", "not leftover-finally-runs=True"])
        XCTAssertEqual(read("`asyncio.run()` returns the value returned by `main()`."), ["run-returns-result=True"])
    }

    func testWhatRunReturns() {
        XCTAssertEqual(read("`asyncio.run()` always returns None."), ["run-returns-result=False"])
        XCTAssertEqual(read("`asyncio.run()` returns None if `main()` has no return statement."), [])
    }

    func testNestedRun() {
        XCTAssertEqual(read("Calling `asyncio.run()` from inside a coroutine simply runs the inner coroutine to completion."), ["nested-run=works"])
        XCTAssertEqual(read("`asyncio.run()` called inside a running loop raises `RuntimeError`."), ["nested-run=runtimeerror"])
    }

    func testMorePhrasings() {
        XCTAssertEqual(read("Callbacks passed to `call_soon()` are executed right away."), ["call-soon-runs-at-once=True"])
        XCTAssertEqual(read("When the main coroutine finishes, `asyncio.run()` lets background tasks run to completion."),
                       ["run-cancels-leftovers=False"])
    }

    func testMentionsAreNotClaims() {
        XCTAssertEqual(read("`asyncio.run()` is the main entry point."), [])
        XCTAssertEqual(read("We schedule a callback with `loop.call_soon(cb)`."), [])
        XCTAssertEqual(read("`time.sleep(1)` blocks the event loop."), [])
        XCTAssertEqual(read("Wrap the blocking call in `asyncio.to_thread()`."), [])
    }
}
