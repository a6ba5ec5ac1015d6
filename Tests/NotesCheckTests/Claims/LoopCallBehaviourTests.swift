import XCTest
@testable import NotesCheck

/// The loop-calls family's patterns (`get_running_loop()` with no loop, `run_until_complete()`, `asyncio.run()`
/// given a function, cancelled handles, `call_soon()` given a coroutine function, `asyncio.sleep()`'s arguments).
final class LoopCallBehaviourTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] { readBehaviours(text, family: "loop-calls", matcher: matcher) }

    func testRunningLoopAndRunUntilComplete() {
        XCTAssertEqual(read("`asyncio.get_running_loop()` raises `RuntimeError` if there is no running event loop."),
                       ["get-running-loop-outside=runtimeerror"])
        XCTAssertEqual(read("When no loop is running, `get_running_loop()` raises `RuntimeError`."), ["get-running-loop-outside=runtimeerror"])
        XCTAssertEqual(read("`asyncio.get_running_loop()` returns `None` when no loop is running."), ["get-running-loop-outside=returns"])
        XCTAssertEqual(read("`loop.run_until_complete()` returns the coroutine's result."), ["run-until-complete-returns=True"])
        XCTAssertEqual(read("`asyncio.run(main)` without parentheses still works."), ["run-coroutine-function-fails=False"])
        XCTAssertEqual(read("`asyncio.run(main)` without the parentheses fails."), ["run-coroutine-function-fails=True"])
    }

    func testHandlesAndCallSoon() {
        XCTAssertEqual(read("Cancelling the handle from `call_later()` means the callback never runs."), ["not cancelled-handle-runs=True"])
        XCTAssertEqual(read("`handle.cancel()` prevents the scheduled callback from running."), ["cancelled-handle-runs=False"])
        XCTAssertEqual(read("`loop.call_soon` also accepts a coroutine function and awaits it."), ["call-soon-awaits-coroutine=True"])
        XCTAssertEqual(read("`loop.call_soon()` refuses coroutine functions: passing one raises `TypeError`."),
                       ["call-soon-coroutine-function=typeerror"])
    }

    func testSleep() {
        XCTAssertEqual(read("`asyncio.sleep()` accepts a `result` argument."), ["sleep-result=True"])
        XCTAssertEqual(read("`asyncio.sleep()` doesn't take a result parameter."), ["not sleep-result=True"])
        XCTAssertEqual(read("`asyncio.sleep()` with a negative delay raises `ValueError`."), ["sleep-negative=valueerror"])
        XCTAssertEqual(read("A negative delay passed to `asyncio.sleep()` just returns immediately."), ["sleep-negative=returns"])
        XCTAssertEqual(read("`await asyncio.sleep(0)` really does suspend."), ["sleep-zero-lets-others-run=True"])
        XCTAssertEqual(read("`await asyncio.sleep(0)` does nothing."), ["sleep-zero-lets-others-run=False"])
    }

    func testSentencesThatOnlyMentionTheLoopStaySilent() {
        XCTAssertEqual(read("The handle is stored so we can cancel it later."), [])
        XCTAssertEqual(read("The worker awaits `asyncio.sleep(0)` in a loop."), [])
        XCTAssertEqual(read("We call `asyncio.run(main())` at the end."), [])
        XCTAssertEqual(read("`loop.call_soon()` schedules `print` for the next iteration."), [])
    }
}
