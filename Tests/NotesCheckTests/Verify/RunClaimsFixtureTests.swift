import Foundation
import XCTest
@testable import NotesCheck

/// Fixtures 25, 26 and 65-69 (plain-noun subjects, printed values, event times, stated sums, joint durations,
/// counts, limits, orders of several lines, "it" after a subject) checked on
/// the model against their golds, which CPython wrote (`tools/golden/label_notes.py`): no claim CPython calls
/// true is contradicted, none it calls false is confirmed, and most false ones are found.
final class RunClaimsFixtureTests: XCTestCase {
    struct GoldClaim: Decodable {
        let line: Int
        let quote: String
        let truth: Bool
    }

    struct Gold: Decodable {
        let claims: [GoldClaim]
    }

    private static let common: Set<String> = ["a", "an", "the", "is", "are", "to", "of", "and", "in", "it", "at", "s", "as"]

    private func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)).subtracting(Self.common)
    }

    /// The results on the gold claim's line whose text is mostly the quote's words.
    private func results(for claim: GoldClaim, in check: FileCheck) -> [ClaimResult] {
        let table = check.document.source.lineTable
        let quote = words(claim.quote)
        return check.claims.filter { result in
            let first = table.location(of: result.range.lowerBound).line
            let last = table.location(of: max(result.range.lowerBound, result.range.upperBound - 1)).line
            let text = words(result.text)
            return first <= claim.line && claim.line <= last && !text.isEmpty
                && Double(text.intersection(quote).count) >= 0.8 * Double(min(text.count, quote.count))
        }
    }

    func testRunClaimsAgreeWithCPython() throws {
        var found = 0
        var falseClaims = 0
        for name in ["25-kitchen-timeline", "26-trace-reading-drill", "65-deadline-counting", "66-semaphore-pairs",
                     "67-cleanup-order-blog", "68-pings-and-tickers", "69-heartbeat-and-waiter"] {
            let path = "Notes/claims/\(name)"
            let source = try XCTUnwrap(SourceText(bytes: try Golden.fixture(path + ".md")))
            let gold = try JSONDecoder().decode(Gold.self, from: Data(try Golden.fixture(path + ".gold.json")))
            let check = NotesChecker(engine: SessionEngine(runner: ModelRunner())).check(source: source, path: path + ".md")
            for claim in gold.claims {
                let verdicts = results(for: claim, in: check).map(\.verdict)
                if claim.truth {
                    XCTAssertFalse(verdicts.contains(.contradicted), "\(name):\(claim.line) \(claim.quote)")
                } else {
                    falseClaims += 1
                    XCTAssertFalse(verdicts.contains(.confirmed), "\(name):\(claim.line) \(claim.quote)")
                    if verdicts.contains(.contradicted) { found += 1 }
                }
            }
        }
        XCTAssertGreaterThanOrEqual(Double(found), 0.9 * Double(falseClaims), "false claims contradicted: \(found) of \(falseClaims)")
    }
}
