import XCTest
@testable import NotesCheck

/// The timeouts family's patterns (`wait_for`, `asyncio.timeout()`, `asyncio.timeout_at()`): which sentences they
/// read, and which they leave alone. Truth is the probe's.
final class TimeoutBehaviourTests: XCTestCase {
    let reading = AwaitingBehaviourReading()
    func read(_ text: String) -> [String] { reading.read(text, family: "timeouts") }
    func anyBehaviour(_ text: String) -> [String] { reading.read(text, family: nil) }

    func testWhatIsRaised() {
        XCTAssertEqual(read("On a timeout `asyncio.wait_for()` raises `asyncio.TimeoutError`."), ["wait-for-raises=timeouterror"])
        XCTAssertEqual(read("`wait_for` throws a `CancelledError` when the time is up."), ["wait-for-raises=cancellederror"])
        XCTAssertEqual(read("What you catch from `wait_for` after a timeout is `CancelledError`."), ["wait-for-raises=cancellederror"])
        XCTAssertEqual(read("`async with asyncio.timeout(2):` raises `TimeoutError` when the two seconds are up."), ["timeout-raises=timeouterror"])
        XCTAssertEqual(read("`asyncio.timeout_at(deadline)` never raises `CancelledError` out of the block."), ["not timeout-at-raises=cancellederror"])
        XCTAssertEqual(read("On timeout, `wait_for` returns `None`."), ["wait-for-raises=none"])
    }

    func testCancellationOfTheAwaitable() {
        XCTAssertEqual(read("When the time runs out, wait_for cancels the task."), ["wait-for-cancels=true"])
        XCTAssertEqual(read("`wait_for()` does not cancel the coroutine when it times out."), ["not wait-for-cancels=true"])
        XCTAssertEqual(read("With `asyncio.timeout(1)`, the body is cancelled once the delay has passed."), ["timeout-cancels=true"])
        XCTAssertEqual(read("`wait_for` lets the operation keep running after the timeout."), ["wait-for-cancels=false"])
        XCTAssertEqual(read("`asyncio.wait_for()` keeps the coroutine alive after the timeout."), ["wait-for-cancels=false"])
        XCTAssertEqual(read("After `wait_for` gives up, the inner task keeps running in the background."), ["wait-for-cancels=false"])
        XCTAssertEqual(read("`asyncio.wait_for` waits for the cancellation to finish before raising."), ["wait-for-waits-for-cancellation=true"])
        XCTAssertEqual(read("`wait_for` raises immediately without waiting for the cancelled task."), ["wait-for-waits-for-cancellation=false"])
    }

    func testTimeoutErrorIsTheBuiltin() {
        XCTAssertEqual(read("In 3.11 `asyncio.TimeoutError` is still a separate class."), ["timeout-error-is-builtin=false"])
        XCTAssertEqual(read("`asyncio.TimeoutError` remains its own exception type."), ["timeout-error-is-builtin=false"])
        XCTAssertEqual(read("`asyncio.TimeoutError` is not a distinct class."), ["not timeout-error-is-builtin=false"])
        XCTAssertEqual(read("Since 3.11, `asyncio.TimeoutError` is the built-in `TimeoutError`."), ["timeout-error-is-builtin=true"])
        XCTAssertEqual(read("`asyncio.TimeoutError` is now the same class as `TimeoutError`."), ["timeout-error-is-builtin=true"])
    }

    func testSentencesThatOnlyMentionTimeoutsStaySilent() {
        XCTAssertEqual(anyBehaviour("Wrap the call in `asyncio.wait_for()` with a timeout of 5 seconds."), [])
        XCTAssertEqual(anyBehaviour("`wait_for` does not cancel the task if it finishes in time."), [])
        XCTAssertEqual(anyBehaviour("Inside the coroutine, `wait_for` shows up as a `CancelledError`."), [])
        XCTAssertEqual(anyBehaviour("`wait_for(asyncio.shield(task), 1)` leaves the task running."), [])
        XCTAssertEqual(anyBehaviour("The task is not cancelled until the `wait_for` timeout expires."), [])
        XCTAssertEqual(anyBehaviour("Does `asyncio.timeout()` cancel the body?"), [])
        XCTAssertEqual(anyBehaviour("We pass `timeout=2` and the main coroutine keeps running afterwards."), [])
        XCTAssertEqual(anyBehaviour("`wait_for` returns `None` when the coroutine returns `None` before the timeout."), [])
        XCTAssertEqual(anyBehaviour("It is a common mistake to believe that `wait_for` leaves the task running."), [])
        XCTAssertEqual(anyBehaviour("`wait_for` raises `TimeoutError` in the caller while the inner coroutine receives `CancelledError`."), [])
        XCTAssertEqual(anyBehaviour("`wait_for` keeps the caller running after a timeout."), [])
        XCTAssertEqual(anyBehaviour("`wait_for` lets the caller continue after the timeout."), [])
    }
}
