import XCTest
@testable import NotesCheck

/// Conditions that name a call with other arguments, move a statement out of its block or replace code in the
/// passive, and the consequences read in the conditional mood. Like ConditionRulesTests, these assert what the
/// rules read, not what is true.
final class CallVariantRulesTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] {
        let s = sentence(text)
        let mentions = MentionScanner.mentions(in: s)
        return matcher.candidates(in: s).map { describe($0.assertion, mentions) }.sorted()
    }

    func testACallWithOtherArgumentsIsAVariant() {
        XCTAssertEqual(read("Had we used `Semaphore(1)`, the five calls would run one after another."),
                       ["if call as `Semaphore(1)` (changed): sequential 'the five calls'"])
        XCTAssertEqual(read("If we passed `asyncio.Semaphore(4)` the total would still be 4 seconds."),
                       ["if call as `asyncio.Semaphore(4)` (changed): run lasts 4 s"])
        XCTAssertEqual(read("Raising the limit to `Semaphore(5)` would cut the total to 2 seconds."),
                       ["if call as `Semaphore(5)` (changed): run lasts 2 s"])
        XCTAssertEqual(read("`ask(1.4)` would still print `no answer`."), ["if call as `ask(1.4)` (changed): printed `no answer`"])
    }

    func testASentenceOpeningWithACallMayBeAboutTheSnippetItself() {
        XCTAssertEqual(read("With `with_retries(4, 4)` the program prints `ok after 1`."),
                       ["if call as `with_retries(4, 4)`: printed `ok after 1`"])
        XCTAssertEqual(read("A: With `tick(name, 1)` the whole run takes one second."),
                       ["if call as `tick(name, 1)`: 'the whole run' lasts 1 s"])
    }

    func testACallWithoutLiteralArgumentsIsNoVariant() {
        XCTAssertEqual(read("With `asyncio.gather()` the three calls overlap."), ["concurrent `asyncio.gather()`"])
        XCTAssertEqual(read("With `fetch(url)` the run takes 2 seconds."), ["`fetch(url)` lasts 2 s"])
    }

    func testStatementsTakenOutOfTheirBlock() {
        XCTAssertEqual(read("If the `await tick(name, 2)` were outside the `async with lock` block, the program would finish after 1 second."),
                       ["if move `await tick(name, 2)` after `async with lock`: 'the program would' lasts 1 s"])
        XCTAssertEqual(read("Had the `await t` been moved out of the `async with` block, the total would still be 2 seconds."),
                       ["if move `await t` after `async with`: run lasts 2 s"])
    }

    func testPassiveReplacementsAndAwaitOrder() {
        XCTAssertEqual(read("If the `await asyncio.sleep(1)` in `slow()` were replaced with `pass`, the run would take 1 second."),
                       ["if replace `await asyncio.sleep(1)` with `pass`: 'the run would' lasts 1 s"])
        XCTAssertEqual(read("Had we awaited `hb` before the `to_thread` call, the total would be 2.5 s."),
                       ["if move await `hb` before `to_thread`: run lasts 2.5 s"])
    }

    func testTimeSavedAgainstTheSnippet() {
        XCTAssertEqual(read("Removing the `await asyncio.sleep(0.25)` back-off would save 0.5 s."),
                       ["if remove `await asyncio.sleep(0.25)`: shorter by 0.5 s"])
        XCTAssertEqual(read("Without `print(\"x\")` the run would be 2 seconds slower."), ["if remove `print(\"x\")`: longer by 2 s"])
        XCTAssertEqual(read("Without `print(\"x\")` the run would be 2 seconds faster than step 1."), [])
    }

    func testUnwrappingIsARemoval() {
        XCTAssertEqual(read("Unwrapping the `wait_for` changes nothing about the output."), ["if remove `wait_for`: unchanged output"])
    }

    func testConditionalConsequencesStateNothingAboutTheSnippet() {
        XCTAssertEqual(read("That would bring it down to 4 minutes."), [])
        XCTAssertEqual(read("That brings it down to 4 minutes."), [])
    }

    func testNamedValuesGivenAnotherNumber() {
        XCTAssertEqual(read("Raising the timeout to 6 makes it print `answer 42` after 5 seconds."),
                       ["if set timeout to 6: printed `answer 42` at 5 s"])
        XCTAssertEqual(read("Raising `TIMEOUT` to 3 makes it print `slow done`."), ["if set timeout to 3: printed `slow done`"])
        XCTAssertEqual(read("If the per-try timeout were 2 seconds, the run would take 3 seconds."),
                       ["if set per_try_timeout to 2: 'the run would' lasts 3 s"])
        XCTAssertEqual(read("Had `limit` been 4, the total would be 1 s."), ["if set limit to 4: run lasts 1 s"])
    }

    func testAWasIsACheckNotAChange() {
        XCTAssertEqual(read("If the counter was 3, the lock did its job."), [])
    }

    func testCodeTheSentenceOpensWithIsWhatItGoesWithout() {
        XCTAssertEqual(read("The `await asyncio.sleep(2)` at the end is only there for the printout; the program would take just as long without it."),
                       ["if remove `await asyncio.sleep(2)`: unchanged timing"])
        XCTAssertEqual(read("If the worker swallowed the error (no `raise`), the last line would read `False`."),
                       ["if remove `raise`: last `False`"])
    }

    func testATableRowPairsACallWithATotalTime() {
        let table = "| Limit | Total time |\n|---|---|\n| `Semaphore(1)` | 5 s |\n| `Semaphore(3)` | 2 s |"
        XCTAssertEqual(read(table), ["if call as `Semaphore(1)`: run lasts 5 s", "if call as `Semaphore(3)`: run lasts 2 s"])
        XCTAssertEqual(read("| Limit | Requests |\n|---|---|\n| `Semaphore(1)` | 5 s |"), [], "a header that says nothing of time")
    }

    func testWithoutTheTimeoutAndCallsInserted() {
        XCTAssertEqual(read("Without the timeout the program would still finish after 1.5 seconds."),
                       ["if remove timeout: 'the program would' lasts 1.5 s"])
        XCTAssertEqual(read("If we called `print(\"go\")` right after `start = now()`, `go` would be the first line."),
                       ["if insert `print(\"go\")` after `start = now()`: first `go`"])
    }
}
