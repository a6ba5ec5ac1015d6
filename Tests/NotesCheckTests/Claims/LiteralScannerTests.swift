import XCTest
@testable import NotesCheck

/// The one-pass literal scan in front of the catalogue's rules.
final class LiteralScannerTests: XCTestCase {
    private func found(_ needles: [String], in text: String) -> [String] {
        let scanner = LiteralScanner(needles: needles.map { Array($0.utf8) })
        let set = scanner.scan(text)
        return needles.filter { scanner.id(of: Array($0.utf8)).map(set.contains) ?? false }
    }

    func testFindsOverlappingAndNestedNeedles() {
        XCTAssertEqual(found(["he", "she", "his", "hers"], in: "ushers"), ["he", "she", "hers"])
        XCTAssertEqual(found(["a", "aa", "aaa"], in: "baab"), ["a", "aa"])
        XCTAssertEqual(found([" before ", "before", "fore"], in: "runs before it"), [" before ", "before", "fore"])
    }

    func testFindsNeedlesAtTheEdgesAndNothingElse() {
        XCTAssertEqual(found(["ab", "yz"], in: "abcxyz"), ["ab", "yz"])
        XCTAssertEqual(found(["abd", "xyz"], in: "abcxyz"), ["xyz"])
        XCTAssertEqual(found(["abc"], in: ""), [])
        XCTAssertEqual(found(["{c0=", "é"], in: "{c0=café}"), ["{c0=", "é"])
    }

    func testTheSameNeedleTwiceHasOneId() {
        let scanner = LiteralScanner(needles: [Array("wait".utf8), Array("wait".utf8), Array("gather".utf8)])
        XCTAssertEqual(scanner.count, 2)
        XCTAssertEqual(scanner.id(of: Array("wait".utf8)), 0)
        XCTAssertNil(scanner.id(of: Array("sleep".utf8)))
    }

    func testAConditionHoldsWhenEveryClauseHasANeedle() {
        let required = RequiredText(pattern: #"(?:finishes|ends) (?:\w+ )?before"#)
        let scanner = LiteralScanner(needles: required.clauses.joined().map { Array($0.utf8) })
        let condition = LiteralCondition(required, scanner: scanner)
        XCTAssertTrue(condition.holds(in: scanner.scan("it ends well before")))
        XCTAssertFalse(condition.holds(in: scanner.scan("it ends")))
        let unknown = LiteralCondition(required, scanner: LiteralScanner(needles: []))
        XCTAssertTrue(unknown.holds(in: LiteralScanner(needles: []).scan("anything")), "a needle the scanner lacks hides nothing")
    }
}
