import XCTest
@testable import NotesCheck

/// The shield family's patterns (`asyncio.shield()`): which sentences they read, and which they leave alone.
/// Truth is the probe's.
final class ShieldBehaviourTests: XCTestCase {
    let reading = AwaitingBehaviourReading()
    func read(_ text: String) -> [String] { reading.read(text, family: "shield") }
    func anyBehaviour(_ text: String) -> [String] { reading.read(text, family: nil) }

    func testInnerKeepsRunning() {
        XCTAssertEqual(read("`asyncio.shield(task)` keeps the task running when the caller is cancelled."), ["inner-survives=true"])
        XCTAssertEqual(read("With `shield()`, the inner task keeps going after a timeout."), ["inner-survives=true"])
        XCTAssertEqual(read("`shield` protects the write from cancellation."), ["inner-survives=true"])
        XCTAssertEqual(read("`shield` does not protect the task against cancellation."), ["not inner-survives=true"])
        XCTAssertEqual(read("`asyncio.shield()` prevents the inner task from being cancelled."), ["inner-survives=true"])
        XCTAssertEqual(read("`shield()` makes the task immune to cancellation."), ["inner-survives=true"])
    }

    func testInnerCancelled() {
        XCTAssertEqual(read("Even with `shield()`, the shielded task is cancelled as well."), ["inner-cancelled=true"])
        XCTAssertEqual(read("Thanks to `asyncio.shield`, the inner coroutine is never cancelled by the timeout."), ["not inner-cancelled=true"])
    }

    func testSentencesThatOnlyMentionShieldStaySilent() {
        XCTAssertEqual(anyBehaviour("Wrap the save in `asyncio.shield()`."), [])
        XCTAssertEqual(anyBehaviour("The shielded task can still be cancelled directly."), [])
        XCTAssertEqual(anyBehaviour("With `shield()`, the outer await is cancelled but the inner one is not."), [])
        XCTAssertEqual(anyBehaviour("Does `shield` keep the task running?"), [])
        XCTAssertEqual(anyBehaviour("`shield()` does not stop you from cancelling the inner task directly."), [])
        XCTAssertEqual(anyBehaviour("Note that the outer task is cancelled even when you use `shield()`."), [])
    }
}
