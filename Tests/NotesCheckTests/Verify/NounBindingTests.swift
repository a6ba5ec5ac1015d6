import XCTest
@testable import NotesCheck

/// Plain nouns bind by the snippet's names: a function, a variable bound to its calls, its first parameter, the
/// words of its string arguments, a count; two readings make the phrase ambiguous. The run record is an input
/// here (which calls exist), not a claim about asyncio.
final class NounBindingTests: XCTestCase {
    private let code = """
    async def cook(dish, minutes):
        await asyncio.sleep(minutes)

    async def log(message):
        print(message)

    async def main():
        jobs = [asyncio.create_task(cook(d, 1)) for d in "ab"]
        await log(f"step {1}")
        await asyncio.gather(*jobs)
    """

    private func run(calls: [(String, Int)]) -> RunRecord {
        let moment = Moment(seconds: 0, sequence: 0)
        return RunRecord(calls: calls.map { CallSpan(function: $0.0, line: $0.1, column: 0, task: nil, start: moment, end: moment) })
    }

    private func binding(_ phrase: String, calls: [(String, Int)] = []) -> NounBinding.Result {
        let facts = SnippetFacts(code: code, firstLine: 1)
        return NounBinding(facts: facts, run: run(calls: calls)).entity(words: phrase.split(separator: " ").map(String.init))
    }

    private func function(_ result: NounBinding.Result) -> String? {
        if case .bound(.calls(let name, _)) = result { return name }
        return nil
    }

    func testEvidenceForANoun() {
        XCTAssertEqual(function(binding("the cooks")), "cook")
        XCTAssertEqual(function(binding("the jobs")), "cook")
        XCTAssertEqual(function(binding("the dishes")), "cook")
        XCTAssertEqual(function(binding("each step")), "log")
        XCTAssertEqual(binding("the kettles"), .none)
    }

    func testTwoThingsNamedIsAmbiguous() {
        XCTAssertEqual(binding("the dishes and the steps"), .ambiguous)
    }

    func testACountNamesTheFunctionCalledThatOften() {
        XCTAssertEqual(function(binding("two kettles", calls: [("cook", 8), ("cook", 8), ("log", 9)])), "cook")
        XCTAssertEqual(binding("two kettles", calls: [("cook", 8), ("log", 9)]), .none)
        XCTAssertEqual(function(binding("two calls", calls: [("main", 7), ("main.<locals>.cook", 8), ("main.<locals>.cook", 8)])), "main.<locals>.cook")
        XCTAssertEqual(binding("two calls", calls: [("cook", 8), ("cook", 8), ("log", 9)]), .none)
    }

    func testAnOrdinalNamesTheRunOnlyOfThatSnippet() {
        let facts = SnippetFacts(code: code, firstLine: 1)
        let second = Binder(mentions: [], facts: facts, run: run(calls: []), snippetOrdinal: 2)
        XCTAssertEqual(second.activity(.phrase("the second example")), .run)
        XCTAssertEqual(second.activity(.phrase("this last version")), .run)
        XCTAssertEqual(second.activity(.phrase("til this run")), .run)
        XCTAssertNil(second.activity(.phrase("the first example")))
        XCTAssertNil(second.activity(.phrase("the last example")))
        XCTAssertNil(second.activity(.phrase("the second one")))
        XCTAssertNil(Binder(mentions: [], facts: facts, run: run(calls: [])).activity(.phrase("the first snippet")))
    }

    func testQualifiedNames() {
        XCTAssertTrue(Binder.sameFunction("main.<locals>.crit", "crit"))
        XCTAssertFalse(Binder.sameFunction("main.<locals>.critical", "crit"))
    }
}
