import XCTest
@testable import NotesCheck

/// The async-iteration family's patterns (async for, async generators, async comprehensions).
final class AsyncIterationBehaviourTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] { readBehaviours(text, family: "async-iteration", matcher: matcher) }

    func testAsyncForTakesOneItemAtATime() {
        XCTAssertEqual(read("`async for` processes the items concurrently."), ["async-for-one-at-a-time=False"])
        XCTAssertEqual(read("`async for` does not run the iterations in parallel."), ["not async-for-one-at-a-time=False"])
        XCTAssertEqual(read("An `async for` loop processes items one by one."), ["async-for-one-at-a-time=True"])
        XCTAssertEqual(read("An async comprehension runs its iterations concurrently."), ["async-comprehension-one-at-a-time=False"])
    }

    func testGeneratorFinallyAfterBreak() {
        XCTAssertEqual(read("Breaking out of the `async for` runs the generator's `finally` block immediately."), ["break-runs-finally-at-once=True"])
        XCTAssertEqual(read("Breaking out of an `async for` loop immediately runs the generator's `finally` block."), ["break-runs-finally-at-once=True"])
        XCTAssertEqual(read("When you `break` out of `async for`, the generator's `finally` runs right away."), ["break-runs-finally-at-once=True"])
        XCTAssertEqual(read("The generator's `finally` clause still runs before `asyncio.run()` returns."), ["finally-runs-by-shutdown=True"])
        XCTAssertEqual(read("An async generator abandoned half-way through still gets its `finally` block run."), ["finally-runs-by-shutdown=True"])
        XCTAssertEqual(read("`agen.aclose()` runs the generator's `finally` block."), ["aclose-runs-finally=True"])
    }

    func testGeneratorRunsInItsConsumersTask() {
        XCTAssertEqual(read("The async generator runs as a separate task alongside `main()`."), ["generator-own-task=True"])
    }

    func testBreakAndPlainIterables() {
        XCTAssertEqual(read("The generator's `finally` block never runs if you break out of the loop."), ["not finally-runs-by-shutdown=True"])
        XCTAssertEqual(read("`async for` can also iterate over a regular list."), ["async-for-over-plain-iterable=works"])
    }

    func testGeneratorClosedAtBreak() {
        XCTAssertEqual(read("If you `break` out of an `async for`, the generator is closed right away."), ["break-runs-finally-at-once=True"])
        XCTAssertEqual(read("Breaking out of `async for` closes the generator right away."), ["break-runs-finally-at-once=True"])
        XCTAssertEqual(read("A `break` out of the `async for` loop finalizes the async generator immediately."), ["break-runs-finally-at-once=True"])
        XCTAssertEqual(read("Breaking out of the loop does not close the generator on the spot."), ["not break-runs-finally-at-once=True"])
        XCTAssertEqual(read("Breaking out of the loop, the connection is closed immediately."), [])
    }

    func testMentionsAreNotClaims() {
        XCTAssertEqual(read("You can write `[x async for x in agen()]` inside a coroutine."), [])
        XCTAssertEqual(read("We `break` out of the loop after two pages."), [])
        XCTAssertEqual(read("An `async for` loop needs an object with `__aiter__`."), [])
    }
}
