import XCTest
@testable import NotesCheck

/// The wait family's patterns (`asyncio.wait()`): which sentences they read, and which they leave alone.
/// Truth is the probe's.
final class WaitBehaviourTests: XCTestCase {
    let reading = AwaitingBehaviourReading()
    func read(_ text: String) -> [String] { reading.read(text, family: "wait") }
    func anyBehaviour(_ text: String) -> [String] { reading.read(text, family: nil) }

    func testWhatItReturns() {
        XCTAssertEqual(read("`asyncio.wait(tasks)` returns a pair of sets."), ["returns-done-pending=true"])
        XCTAssertEqual(read("`wait()` gives you back `(done, pending)`."), ["returns-done-pending=true"])
        XCTAssertEqual(read("`asyncio.wait` returns the results of the tasks."), ["returns-done-pending=false"])
        XCTAssertEqual(read("`asyncio.wait()` returns a tuple of two sets: done and pending."), ["returns-done-pending=true"])
    }

    func testTimeoutAndPendingTasks() {
        XCTAssertEqual(read("`asyncio.wait()` raises `TimeoutError` when the timeout expires."), ["timeout-raises=timeouterror"])
        XCTAssertEqual(read("`wait` does not raise `TimeoutError`; it just returns."), ["not timeout-raises=timeouterror"])
        XCTAssertEqual(read("On timeout, `asyncio.wait()` cancels the pending tasks."), ["timeout-cancels-pending=true"])
        XCTAssertEqual(read("The unfinished tasks are never cancelled by `wait()`."), ["not timeout-cancels-pending=true"])
        XCTAssertEqual(read("After `wait()` times out, the pending ones keep running."), ["pending-keep-running=true"])
    }

    func testReturnWhen() {
        XCTAssertEqual(read("With `FIRST_COMPLETED`, `wait()` returns as soon as one task is done."), ["first-completed-returns-early=true"])
        XCTAssertEqual(read("`return_when=asyncio.FIRST_COMPLETED` still waits for all of them."), ["first-completed-returns-early=false"])
        XCTAssertEqual(read("`FIRST_EXCEPTION` returns once any task raises."), ["first-exception-returns-early=true"])
        XCTAssertEqual(read("By default `asyncio.wait()` returns when all the tasks are done."), ["default-waits-for-all=true"])
    }

    func testBareCoroutines() {
        XCTAssertEqual(read("You can pass bare coroutines to `asyncio.wait()`."), ["bare-coroutines=accepted"])
        XCTAssertEqual(read("You cannot pass coroutines to `wait()` any more."), ["not bare-coroutines=accepted"])
        XCTAssertEqual(read("Passing coroutines to `asyncio.wait()` only emits a `DeprecationWarning`."), ["bare-coroutines=accepted"])
        XCTAssertEqual(read("Handing coroutines straight to `wait()` raises `TypeError` in 3.11."), ["bare-coroutines=typeerror"])
    }

    func testSentencesThatOnlyMentionWaitStaySilent() {
        XCTAssertEqual(anyBehaviour("We wait for the pending tasks to finish."), [])
        XCTAssertEqual(anyBehaviour("Call `asyncio.wait()` with the list of tasks."), [])
        XCTAssertEqual(anyBehaviour("`wait()` leaves the pending tasks alone, so you have to cancel the pending tasks yourself."), [])
        XCTAssertEqual(anyBehaviour("In 3.8 to 3.10, passing coroutines to `wait()` only emitted a warning."), [])
        XCTAssertEqual(anyBehaviour("You can pass coroutines to `wait()` after wrapping them with `create_task()`."), [])
        XCTAssertEqual(anyBehaviour("`wait_for` raises `TimeoutError`, but `wait` does not."), [])
        XCTAssertEqual(anyBehaviour("`asyncio.wait()` does not raise `TimeoutError`; it returns the done and pending sets."),
                       ["not timeout-raises=timeouterror"])
        XCTAssertEqual(anyBehaviour("People often assume `asyncio.wait()` cancels pending tasks; it does not."), [])
        XCTAssertEqual(anyBehaviour("The done tasks are not cancelled by `asyncio.wait()`."), [])
    }
}
