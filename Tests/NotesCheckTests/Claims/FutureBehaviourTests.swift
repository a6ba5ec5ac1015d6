import XCTest
@testable import NotesCheck

/// The futures family's patterns (result(), exception(), set_result(), done callbacks, awaiting).
final class FutureBehaviourTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] { readBehaviours(text, family: "futures", matcher: matcher) }

    func testReadingAPendingFuture() {
        XCTAssertEqual(read("Calling `fut.result()` on a pending future simply blocks until the result is there."), ["result-of-pending=blocks"])
        XCTAssertEqual(read("`exception()` on a future that is still pending returns None."), ["exception-of-pending=returns"])
        XCTAssertEqual(read("`fut.exception()` raises `InvalidStateError` if the future is not done yet."), ["exception-of-pending=invalidstateerror"])
        XCTAssertEqual(read("For a future that finished with a result, `exception()` returns None."), ["exception-of-result=True"])
    }

    func testSettingTwice() {
        XCTAssertEqual(read("Setting a result twice raises `InvalidStateError`."), ["set-result-twice=invalidstateerror"])
        XCTAssertEqual(read("Calling `set_result()` a second time is silently ignored."), ["set-result-twice=returns"])
    }

    func testDoneCallbacksAreScheduled() {
        XCTAssertEqual(read("A done callback added with `add_done_callback()` is called right away, inside `set_result()`."),
                       ["callback-runs-at-once=True"])
        XCTAssertEqual(read("`add_done_callback()` callbacks are scheduled on the loop with `call_soon`."), ["callback-runs-at-once=False"])
        XCTAssertEqual(read("A callback added to an already finished future is never called."), ["not callback-on-done-runs=True"])
    }

    func testAwaitingAndCancelling() {
        XCTAssertEqual(read("Awaiting a future suspends the coroutine until somebody sets its result."), ["await-future-suspends=True"])
        XCTAssertEqual(read("A cancelled future also counts as done."), ["cancelled-done=True"])
    }

    func testCancelledAndFailedFutures() {
        XCTAssertEqual(read("`fut.result()` on a cancelled future raises `CancelledError`."), ["result-of-cancelled=cancellederror"])
        XCTAssertEqual(read("Awaiting a future that holds an exception raises it in the awaiting coroutine."), ["await-exception-raises=True"])
        XCTAssertEqual(read("Awaiting a future that has an exception simply returns the exception object."), ["await-exception-raises=False"])
    }

    func testResultOfAPendingFutureIsNotNone() {
        XCTAssertEqual(read("`fut.result()` on a pending future returns None."), ["result-of-pending=returns"])
    }

    func testExceptionAfterAwaiting() {
        XCTAssertEqual(read("`fut.exception()` returns None, because awaiting has consumed the exception."), ["exception-cleared-by-await=True"])
    }

    func testWhatADoneCallbackReceives() {
        XCTAssertEqual(read("A done callback receives the result value, not the future."), ["callback-argument=result"])
        XCTAssertEqual(read("Callbacks added with `add_done_callback()` receive the future itself as their argument."), ["callback-argument=future"])
    }

    func testMentionsAreNotClaims() {
        XCTAssertEqual(read("A `Future` represents an eventual result."), [])
        XCTAssertEqual(read("Await the future with `await fut`."), [])
        XCTAssertEqual(read("We call `fut.set_result(42)` from a callback."), [])
    }
}
