import XCTest
@testable import NotesCheck

/// The cancellation family's patterns: what each recognises, and the near-misses it leaves alone.
final class CancellationBehaviourTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] { readBehaviours(text, family: "cancellation", matcher: matcher) }

    func testCancelIsARequestNotAKill() {
        XCTAssertEqual(read("`task.cancel()` doesn't stop the task immediately."), ["not cancel-stops-at-once=True"])
        XCTAssertEqual(read("Calling `cancel()` kills the task right away."), ["cancel-stops-at-once=True"])
        XCTAssertEqual(read("`asyncio.Task.cancel()` only requests cancellation."), ["cancel-stops-at-once=False"])
        XCTAssertEqual(read("Cancelling a task is only a request."), ["cancel-stops-at-once=False"])
    }

    func testWhereCancelledErrorArrives() {
        XCTAssertEqual(read("The `CancelledError` is thrown into the coroutine at its next `await`."), ["cancel-raises-at-await=True"])
        XCTAssertEqual(read("The task sees the cancellation at its next `await`."), ["cancel-raises-at-await=True"])
    }

    func testFinallyOnCancel() {
        XCTAssertEqual(read("A `finally` block is always executed when the task gets cancelled."), ["finally-runs-on-cancel=True"])
        XCTAssertEqual(read("The `finally` clause does not run if the task is cancelled."), ["not finally-runs-on-cancel=True"])
    }

    func testWhatCancelReturns() {
        XCTAssertEqual(read("`cancel()` always returns True."), ["cancel-done-returns=True"])
        XCTAssertEqual(read("`cancel()` returns `True` if the task was still pending."), ["cancel-pending-returns=true"])
        XCTAssertEqual(read("`cancel()` returns False when the task is already done."), ["cancel-done-returns=false"])
        XCTAssertEqual(read("On a task that has already finished, `cancel()` returns False."), ["cancel-done-returns=false"])
    }

    func testCancelledAfterCancellation() {
        XCTAssertEqual(read("Once the cancellation has gone through, `task.cancelled()` returns True."), ["cancelled-after-cancel=true"])
        XCTAssertEqual(read("If the coroutine catches `CancelledError` and doesn't re-raise it, `task.cancelled()` returns False."),
                       ["swallowed-cancel-cancelled=false"])
        XCTAssertEqual(read("Because `worker()` swallows the `CancelledError`, `t.cancelled()` is still True."), ["swallowed-cancel-cancelled=true"])
    }

    func testCancelledBeforeItStarts() {
        XCTAssertEqual(read("A task that is cancelled before it starts never runs its body."), ["not cancelled-before-start-runs=True"])
        XCTAssertEqual(read("Even a task cancelled before its first step runs its body up to the first `await`."),
                       ["cancelled-before-start-runs=True"])
    }

    func testCancellingAndUncancel() {
        XCTAssertEqual(read("`cancelling()` counts the cancellation requests that are still pending."), ["cancelling-counts=True"])
        XCTAssertEqual(read("`task.uncancel()` decrements that count."), ["cancelling-counts=True"])
    }

    func testCancelledStateAndAwaiting() {
        XCTAssertEqual(read("Right after `task.cancel()`, `task.cancelled()` is already True."), ["cancelled-right-after-cancel=true"])
        XCTAssertEqual(read("`task.cancelled()` is False right after `cancel()` returns."), ["cancelled-right-after-cancel=false"])
        XCTAssertEqual(read("Awaiting a cancelled task raises `CancelledError`."), ["await-cancelled-task=cancellederror"])
        XCTAssertEqual(read("A plain `except Exception:` also catches `CancelledError`."), ["except-exception-catches-cancel=True"])
        XCTAssertEqual(read("`except Exception` does not catch `asyncio.CancelledError`."), ["not except-exception-catches-cancel=True"])
        XCTAssertEqual(read("`except BaseException` catches `CancelledError`."), [])
        XCTAssertEqual(read("Cancelling a task stops it immediately."), ["cancel-stops-at-once=True"])
    }

    func testMorePhrasings() {
        XCTAssertEqual(read("The moment you call `task.cancel()`, the task is terminated."), ["cancel-stops-at-once=True"])
        XCTAssertEqual(read("Cancelled tasks never execute their `finally` blocks."), ["not finally-runs-on-cancel=True"])
        XCTAssertEqual(read("`cancel()` returns None."), ["cancel-pending-returns=none"])
    }

    func testFinallyWithoutAwaitingTheTask() {
        XCTAssertEqual(read("If `main()` never awaited `job` after cancelling it, the `finally` block would never get to run."),
                       ["not finally-runs-without-await=True"])
        XCTAssertEqual(read("You must await the cancelled task for its `finally` block to run."), ["finally-runs-without-await=False"])
    }

    func testCallsWrittenWithoutBackticks() {
        XCTAssertEqual(read("Calling task.cancel() on a task kills it right there."), ["cancel-stops-at-once=True"])
    }

    func testMentionsAreNotClaims() {
        XCTAssertEqual(read("Use `task.cancel()` to stop a task you no longer need."), [])
        XCTAssertEqual(read("We cancel the task with `task.cancel()` after two seconds."), [])
        XCTAssertEqual(read("`cancelling()` was added in Python 3.11."), [])
        XCTAssertEqual(read("The `finally` block closes the connection."), [])
    }
}
