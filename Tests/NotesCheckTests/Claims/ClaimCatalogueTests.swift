import XCTest
@testable import NotesCheck

/// The catalogue's English patterns, one phrasing at a time. These assert what the rules *read* from a
/// sentence, not whether it is true: that is decided by runs and probes elsewhere.
final class ClaimCatalogueTests: XCTestCase {
    let matcher = ClaimMatcher()

    func testEveryRuleCompiles() {
        XCTAssertEqual(matcher.brokenRules, [])
    }

    func testDump() {
        for text in [
            "In the above code, two `async_sleep` function are running concurrently because task is created using `asyncio.create_task()`.",
            "This allows both sleep operations to run concurrently without blocking each other.",
            "But we do need to await the task at some point after `async_sleep(2)` to ensure that it starts executing and when it waits only then the task is run.",
            "If we await the task before `async_sleep(2)`, then it will run sequentially and we won't get the benefits of concurrency.",
            "It takes multiple coroutines as arguments and returns a single coroutine that completes when all the input coroutines have completed.",
            "`asyncio.gather()` returns a single coroutine that completes when all of them are done.",
            "In Python's `asyncio`, a `Task` is a subclass of `Future` that wraps a coroutine for execution.",
            "A Future can be in one of these states: `PENDING` (not yet completed), `CANCELLED` (explicitly cancelled), or `FINISHED` (completed with a result or exception).",
            "By default, we can only have one event loop per thread.",
            "The whole program takes about 5 seconds.",
            "\"world\" is printed before \"hello\", and the run finishes after 2 s.",
            "To run coroutines concurrently, you use `asyncio.create_task()` to schedule them as Tasks.",
            "`w2` only begins after `w1` has ended, so the two workers effectively run one after the other.",
            "`time.sleep()` inside a coroutine lets the other tasks run while it waits.",
            "Without the final `await asyncio.sleep(3)` it would take 3 seconds.",
        ] {
            print("\(text)\n  -> \(claims(text, matcher: matcher))")
        }
    }
}
