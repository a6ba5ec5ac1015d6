import XCTest
@testable import NotesCheck

/// The as_completed family's patterns: which sentences they read, and which they leave alone. Truth is the probe's.
final class AsCompletedBehaviourTests: XCTestCase {
    let reading = AwaitingBehaviourReading()
    func read(_ text: String) -> [String] { reading.read(text, family: "as-completed") }
    func anyBehaviour(_ text: String) -> [String] { reading.read(text, family: nil) }

    func testOrder() {
        XCTAssertEqual(read("`asyncio.as_completed()` yields the results in the order they complete."), ["yield-order=completion"])
        XCTAssertEqual(read("as_completed always gives results back in the order the tasks were passed."), ["yield-order=arguments"])
        XCTAssertEqual(read("With `as_completed(tasks)` you get them in completion order."), ["yield-order=completion"])
    }

    func testWhatItYields() {
        XCTAssertEqual(read("`as_completed` yields the original task objects."), ["yields-originals=true"])
        XCTAssertEqual(read("What `as_completed()` returns are not the same tasks you passed in."), ["not yields-originals=true"])
        XCTAssertEqual(read("`as_completed` yields new awaitables rather than your tasks."), ["yields-originals=false"])
    }

    func testTimeout() {
        XCTAssertEqual(read("When the timeout expires, `as_completed()` raises `asyncio.TimeoutError`."), ["timeout-raises=timeouterror"])
        XCTAssertEqual(read("On a timeout `as_completed` cancels the remaining tasks."), ["timeout-cancels-remaining=true"])
    }

    func testSentencesThatOnlyMentionAsCompletedStaySilent() {
        XCTAssertEqual(anyBehaviour("Loop over `asyncio.as_completed(tasks)` and await each item."), [])
        XCTAssertEqual(anyBehaviour("The tasks print in the order they finish."), [])
        XCTAssertEqual(anyBehaviour("Unlike `as_completed`, `gather` returns the results in the order they were passed."), [])
        XCTAssertEqual(anyBehaviour("Is the order of `as_completed` the order they finish?"), [])
    }
}
