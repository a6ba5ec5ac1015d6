import XCTest
@testable import NotesCheck

/// Conditions phrased every way (removal, replacement, number change, insertion, move) and the outcomes a
/// changed program can have. Like ClaimCatalogueTests, these assert what the rules read, not what is true.
final class ConditionRulesTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] {
        let s = sentence(text)
        let mentions = MentionScanner.mentions(in: s)
        return matcher.candidates(in: s).map { describe($0.assertion, mentions) }.sorted()
    }

    func testRemovalPhrasings() {
        XCTAssertEqual(read("Deleting the `await t2` line makes no difference to the output."),
                       ["if remove `await t2`: unchanged output"])
        XCTAssertEqual(read("Commenting out `print(\"x\")` changes nothing."), ["if remove `print(\"x\")`: unchanged all"])
        XCTAssertEqual(read("If we removed the `await t1` call, \"done\" would never be printed."),
                       ["if remove `await t1`: not printed \"done\""])
        XCTAssertEqual(read("The `event.set()` call is required: without it the program would hang forever."),
                       ["if remove `event.set()`: hangs"])
        XCTAssertEqual(read("We need the final `await t2`, otherwise `t2` would be cancelled when `main()` returns."),
                       ["if remove `await t2`: `t2` ends cancelled"])
        XCTAssertEqual(read("The `w.cancel()` is required; without it `asyncio.run` would hang forever waiting for the worker."),
                       ["if remove `w.cancel()`: hangs"])
    }

    func testWholeBlocksNamedByTheirFirstLine() {
        XCTAssertEqual(read("Dropping the `for t in tasks` loop changes nothing."), ["if remove block `for t in tasks`: unchanged all"])
        XCTAssertEqual(read("If you remove the `for t in tasks: await t` loop, \"job 1\" is never printed."),
                       ["if remove block `for t in tasks: await t`: not printed \"job 1\""])
    }

    func testReplacementPhrasings() {
        XCTAssertEqual(read("Replacing `sem(2)` with `sem(4)` makes the whole run take 1 second."),
                       ["if replace `sem(2)` with `sem(4)`: 'the whole run' lasts 1 s"])
        XCTAssertEqual(read("If we swapped `await w` for `w.result()`, the program would raise `InvalidStateError`."),
                       ["if replace `await w` with `w.result()`: raises `InvalidStateError`"])
        XCTAssertEqual(read("Using `event.clear()` instead of `event.set()`, the program would never finish."),
                       ["if replace `event.set()` with `event.clear()`: hangs"])
        XCTAssertEqual(read("Switching `gather(a, b)` to `gather(b, a)` would not change the output."),
                       ["if replace `gather(a, b)` with `gather(b, a)`: unchanged output"])
    }

    func testNumberChanges() {
        XCTAssertEqual(read("With six workers instead of four, the run would take 3 seconds."),
                       ["if number 4 to 6: 'the run would' lasts 3 s"])
        XCTAssertEqual(read("If each worker slept 2 seconds instead of 1, the total would be 4 seconds."),
                       ["if number 1 to 2 in sleep: run lasts 4 s"])
        XCTAssertEqual(read("If the sleep were 3 seconds, \"released\" would come out after 3 seconds."),
                       ["if sleep 3: printed \"released\" at 3 s"])
    }

    func testCountsAndRemovableStatements() {
        XCTAssertEqual(read("With ten jobs the run would take 5 seconds."), ["if count 10: 'the run would' lasts 5 s"])
        XCTAssertEqual(read("The `await asyncio.sleep(0)` is not needed: without it the output stays the same."),
                       ["if remove `await asyncio.sleep(0)`: unchanged output"])
        XCTAssertEqual(read("The `print(\"x\")` line can safely be removed; the run still takes 2 seconds."),
                       ["if remove `print(\"x\")`: 'the run' lasts 2 s"])
    }

    func testAMinuteBesideABareNumberIsNoEdit() {
        XCTAssertEqual(read("If each call took 2 minutes instead of 1, the batch would take 4 minutes."), [])
    }

    func testInsertions() {
        XCTAssertEqual(read("If you add `await asyncio.sleep(0)` right after `t2 = make()`, \"a\" is printed before \"b\"."),
                       ["if insert `await asyncio.sleep(0)` after `t2 = make()`: printed \"a\" before \"b\""])
        XCTAssertEqual(read("If we added `await asyncio.sleep(0)` right after creating `t1`, \"a\" is printed before \"b\"."),
                       ["if insert `await asyncio.sleep(0)` afterCreation `t1`: printed \"a\" before \"b\""])
        XCTAssertEqual(read("If we added `await asyncio.sleep(1)` at the start of `fetch()`, the run would take about 3 seconds."),
                       ["if insert `await asyncio.sleep(1)` in `fetch()` at top: 'the run would' lasts about 3 s"])
        XCTAssertEqual(read("If `log()` did an `await asyncio.sleep(1)` before printing, the run would take 1 second."),
                       ["if insert `await asyncio.sleep(1)` in `log()` at beforeOnlyPrint: 'the run would' lasts 1 s"])
        XCTAssertEqual(read("If `log()` did an `await asyncio.sleep(1)` before its first print, \"x\" would be the first line."),
                       ["if insert `await asyncio.sleep(1)` in `log()` at beforeFirstPrint: first \"x\""])
    }

    func testMovesAndAwaitOrder() {
        XCTAssertEqual(read("Had `print(\"end\")` come before the loop, \"end\" would be the first line."),
                       ["if move `print(\"end\")` before 'the loop': first \"end\""])
        XCTAssertEqual(read("If `await w` were moved before `event.set()`, the program would hang."),
                       ["if move `await w` before `event.set()`: hangs"])
        XCTAssertEqual(read("If `t2` were awaited before `t1`, \"a\" would be printed after \"b\"."),
                       ["if move await `t2` before `t1`: printed \"b\" before \"a\""])
        XCTAssertEqual(read("Without `create_task`, just awaiting `fetch()` in turn, the run would take 3 seconds."),
                       ["if await directly: 'the run would' lasts 3 s"])
    }

    func testOutcomesOutsideAConditionStateNothingToCompare() {
        XCTAssertEqual(read("This changes nothing."), [])
        XCTAssertEqual(read("Don't assume that without the final `await task` the line \"x\" would never be printed."), [])
    }

    func testSleepReplacementIsReadAsAReplacement() {
        XCTAssertEqual(read("With `asyncio.sleep(1)` instead of `time.sleep(1)`, the run would take 1 second."),
                       ["if replace `time.sleep(1)` with `asyncio.sleep(1)`: 'the run would' lasts 1 s"])
    }
}

/// Await order, missing awaits and synchronisation primitives.
final class AwaitAndPrimitiveConditionTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] {
        let s = sentence(text)
        let mentions = MentionScanner.mentions(in: s)
        return matcher.candidates(in: s).map { describe($0.assertion, mentions) }.sorted()
    }

    func testAwaitingAfterAnother() {
        XCTAssertEqual(read("Awaiting `dishes` after `washer` would make the program take 5 seconds."),
                       ["if move await `dishes` after `washer`: 'the program' lasts 5 s"])
    }

    func testMissingAwaits() {
        XCTAssertEqual(read("If we didn't await `t`, \"done\" would never be printed."), ["if remove await `t`: not printed \"done\""])
        XCTAssertEqual(read("If `t` were never awaited, the program would finish in 1 second."),
                       ["if remove await `t`: 'the program would' lasts 1 s"])
    }

    func testPrimitives() {
        XCTAssertEqual(read("Without the semaphore the program would finish in 1 second."),
                       ["if remove semaphore: 'the program would' lasts 1 s"])
        XCTAssertEqual(read("If the semaphore had 9 slots, everything would finish in 1 second."),
                       ["if resize semaphore to 9: 'everything would' lasts 1 s"])
        XCTAssertEqual(read("Without the lock the counter would be wrong."), [])
    }
}

/// Negations in front of a causative verb belong to the consequence.
final class CausativeOutcomeTests: XCTestCase {
    func read(_ text: String) -> [String] {
        let s = sentence(text)
        let mentions = MentionScanner.mentions(in: s)
        return ClaimMatcher().candidates(in: s).map { describe($0.assertion, mentions) }.sorted()
    }

    func testNegatedCausatives() {
        XCTAssertEqual(read("Commenting out `await t2` would not make the program hang."), ["if remove `await t2`: not hangs"])
        XCTAssertEqual(read("Removing `event.set()` makes the program hang."), ["if remove `event.set()`: hangs"])
        XCTAssertEqual(read("Dropping `await t1` would not make the run take 3 seconds."), ["if remove `await t1`: not 'the run' lasts 3 s"])
    }
}
