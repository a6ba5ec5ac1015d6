import XCTest
@testable import NotesCheck

/// The catalogue's English patterns, one phrasing at a time. These assert what the rules *read* from a
/// sentence, not whether it is true: that is decided by runs and probes elsewhere.
final class ClaimCatalogueTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String, context: String? = nil) -> [String] {
        let s = sentence(text)
        let mentions = MentionScanner.mentions(in: s)
        return matcher.candidates(in: s, context: context).map { describe($0.assertion, mentions) }.sorted()
    }

    func testEveryRuleCompiles() {
        XCTAssertEqual(matcher.brokenRules, [])
    }

    func testOrdering() {
        XCTAssertEqual(read("\"world\" is printed before \"hello\"."), ["printed \"world\" before \"hello\""])
        XCTAssertEqual(read("`queued 2` only appears after `handled 0`."), ["printed `handled 0` before `queued 2`"])
        XCTAssertEqual(read("`beat 2` is printed just before the final `elapsed` line."), ["printed `beat 2` before `elapsed`"])
        XCTAssertEqual(read("\"winner\" comes before any \"called off\" line."), ["printed \"winner\" before \"called off\""])
        XCTAssertEqual(read("\"started\" is still the first line of output."), ["first \"started\""])
        XCTAssertEqual(read("The very first line is \"alpha: begin\"."), ["first \"alpha: begin\""])
        XCTAssertEqual(read("Then `is_set: True` is printed last."), ["comes last `is_set: True`"])
        XCTAssertEqual(read("\"done\" is not printed before \"start\"."), ["not printed \"done\" before \"start\""])
        XCTAssertEqual(read("It prints `fast` after ten seconds."), ["printed `fast` at 10 s"])
        XCTAssertEqual(read("\"late\" is printed at the 2 second mark."), ["printed \"late\" at 2 s"])
    }

    func testOutput() {
        XCTAssertEqual(read("\"group finished\" is never printed."), ["not printed \"group finished\""])
        XCTAssertEqual(read("The program prints `[1, 2, 3]`."), ["printed `[1, 2, 3]`"])
        XCTAssertEqual(read("The group cancels both, so neither of them prints `done`."), ["not printed `done`"])
        XCTAssertEqual(read("None of the workers ever prints `finished`."), ["not printed `finished`"])
        XCTAssertEqual(read("Neither fails, and the first one prints `done`."), ["printed `done`"])
        XCTAssertEqual(read("The results come back as `[2, 4]`."), ["shows `[2, 4]`"])
        XCTAssertEqual(read("The producer is done long before the consumer prints \"got 0\"."), [])
    }

    func testDuration() {
        XCTAssertEqual(read("The whole program takes about 5 seconds."), ["'the whole program' lasts about 5 s"])
        XCTAssertEqual(read("It takes 3 seconds in total, one for hello."), ["'it' lasts 3 s"])
        XCTAssertEqual(read("The total drops to roughly 2 s."), ["run lasts about 2 s"])
        XCTAssertEqual(read("`ok done` never appears and the program ends after about 1 second."),
                       ["'the program' lasts about 1 s", "not printed `ok done`"])
        XCTAssertEqual(read("Version B takes 3 minutes instead of 5."), ["'version b' lasts 180 s"])
        XCTAssertEqual(read("The whole run takes no time at all."), ["'the whole run' lasts 0 s"])
        XCTAssertEqual(read("The program exits immediately."), ["'the program' lasts 0 s"])
    }

    func testConcurrency() {
        XCTAssertEqual(read("Both calls run concurrently."), ["concurrent 'both calls'"])
        XCTAssertEqual(read("`fetch(1)` and `fetch(2)` run at the same time."), ["concurrent `fetch(1)`,`fetch(2)`"])
        XCTAssertEqual(read("The producer and the consumer work side by side."), ["concurrent 'the producer and the consumer'"])
        XCTAssertEqual(read("Now the three workers are asleep at the same time."), ["concurrent 'now the three workers'"])
        XCTAssertEqual(read("The two calls do not run concurrently."), ["not concurrent 'the two calls'"])
        XCTAssertEqual(read("The consumers do not really overlap."), ["not concurrent 'the consumers'"])
        XCTAssertEqual(read("The consumers never actually run side by side."), ["not concurrent 'the consumers'"])
        XCTAssertEqual(read("The workers effectively run one after the other."), ["sequential 'the workers'"])
        XCTAssertEqual(read("`w2` only begins after `w1` has ended."), ["`w2` starts after `w1` ends"])
        XCTAssertEqual(read("`time.sleep()` blocks the event loop."), ["`time.sleep()` blocks loop"])
        XCTAssertEqual(read("`time.sleep()` inside a coroutine lets the other tasks run while it waits."), ["not `time.sleep()` blocks loop"])
    }

    func testInstructionsAndNounsStateNoClaim() {
        XCTAssertEqual(read("To run coroutines concurrently, you use `asyncio.create_task()`."), [])
        XCTAssertEqual(read("It makes the overlap obvious without any profiler."), [])
    }

    func testApiFacts() {
        XCTAssertEqual(read("`asyncio.gather()` returns a single coroutine."),
                       ["api returns(function: \"asyncio.gather()\", nature: NotesCheck.ObjectNature.coroutine)"])
        XCTAssertEqual(read("It returns a future.", context: "asyncio.gather()"),
                       ["api returns(function: \"asyncio.gather()\", nature: NotesCheck.ObjectNature.future)"])
        XCTAssertEqual(read("A `Task` is a subclass of `Future`."), ["api subclass(sub: \"Task\", base: \"Future\")"])
        XCTAssertEqual(read("`asyncio.TimeoutError` is just an alias of the built-in `TimeoutError`."),
                       ["api alias(alias: \"asyncio.TimeoutError\", target: \"TimeoutError\")"])
        XCTAssertEqual(read("A Future can be in one of these states: `PENDING`, `CANCELLED` or `FINISHED`."),
                       ["api futureStates([\"PENDING\", \"CANCELLED\", \"FINISHED\"])"])
        XCTAssertEqual(read("We can only have one event loop per thread."), ["api oneLoopPerThread"])
        XCTAssertEqual(read("`asyncio.sleep(0)` does nothing at all."), ["not api sleepZeroYields"])
        XCTAssertEqual(read("`asyncio.create_task()` starts running `fetch()` immediately."), ["`asyncio.create_task()` starts immediately"])
        XCTAssertEqual(read("`asyncio.run()` waits for all remaining tasks to finish."), ["not api runCancelsPendingTasks"])
        XCTAssertEqual(read("`asyncio.run()` waits for the background `flush()` task."), ["not api runCancelsPendingTasks"])
        XCTAssertEqual(read("`asyncio.run` will wait for the leftover `poller` task before it returns."), ["not api runCancelsPendingTasks"])
        XCTAssertEqual(read("When `main()` returns, `asyncio.run` cancels the leftover task."), ["api runCancelsPendingTasks"])
        XCTAssertEqual(read("`asyncio.run()` cancels every pending `heartbeat()` task on the way out."), ["api runCancelsPendingTasks"])
    }

    func testRunLoopReuse() {
        XCTAssertEqual(read("`asyncio.run()` creates a fresh event loop every time."), ["api runCreatesAndClosesLoop"])
        XCTAssertEqual(read("Every `asyncio.run()` call reuses the same event loop."), ["not api runCreatesAndClosesLoop"])
        XCTAssertEqual(read("Calling `asyncio.run` twice shares the same loop between the calls."), ["not api runCreatesAndClosesLoop"])
        XCTAssertEqual(read("Each `asyncio.run()` keeps using the same loop."), ["not api runCreatesAndClosesLoop"])
    }

    func testConditionsBecomeCounterfactuals() {
        XCTAssertEqual(read("If we await the task before `async_sleep(2)`, then it will run sequentially."),
                       ["if move await 'task' before `async_sleep(2)`: sequential 'it'"])
        XCTAssertEqual(read("Without the final `await asyncio.sleep(3)` it would take 3 seconds."),
                       ["if remove `await asyncio.sleep(3)`: 'it would' lasts 3 s"])
        XCTAssertEqual(read("If we awaited `task_a` right after creating it, the run would take 3 s."),
                       ["if await `task_a` right after creation: 'the run would' lasts 3 s"])
        XCTAssertEqual(read("If `blocker()` used `await asyncio.sleep(2)` instead, the run would take 2 s."),
                       ["if asyncio.sleep for time.sleep: 'the run would' lasts 2 s"])
    }

    func testNecessityAndCause() {
        XCTAssertEqual(read("We need to await the task to ensure that it starts executing."),
                       ["needed remove await 'the task' for not 'the task' never starts"])
        XCTAssertEqual(read("Both calls run concurrently because the task is created using `asyncio.create_task()`."),
                       ["concurrent 'both calls'", "needed await directly for concurrent 'both calls'"].sorted())
    }
}
