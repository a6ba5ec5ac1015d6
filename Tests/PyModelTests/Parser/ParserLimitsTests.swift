import XCTest
@testable import PyModel

/// Nesting budgets: deep input ends in a diagnostic, never in a stack overflow.
final class ParserLimitsTests: XCTestCase {
    func testTwoHundredNestedParenthesesParse() {
        let source = "x = " + String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200) + "\n"
        XCTAssertNotNil(Parser.parse(source: source).module)
    }

    func testTwoHundredNestedDisplaysCallsAndSubscriptsParse() {
        let sources = [
            String(repeating: "[", count: 200) + String(repeating: "]", count: 200),
            String(repeating: "{1: ", count: 200) + "1" + String(repeating: "}", count: 200),
            String(repeating: "{", count: 200) + "1" + String(repeating: "}", count: 200),
            String(repeating: "f(", count: 200) + String(repeating: ")", count: 200),
            "a" + String(repeating: "[b", count: 200) + String(repeating: "]", count: 200),
            String(repeating: "(x for x in ", count: 200) + "y" + String(repeating: ")", count: 200),
            String(repeating: "(lambda: ", count: 200) + "1" + String(repeating: ")", count: 200),
        ]
        for source in sources {
            let result = Parser.parse(source: source + "\n")
            XCTAssertNotNil(result.module, "\(source.prefix(12)): \(result.diagnostics)")
        }
    }

    func testLongUnaryChainIsARecursionErrorNotACrash() {
        let result = Parser.parse(source: String(repeating: "-", count: 5000) + "1\n")
        XCTAssertNil(result.module)
        XCTAssertEqual(result.diagnostics.first?.kind, .recursionError)
    }

    func testLongNotChainAndConditionalChainAreBounded() {
        for source in [String(repeating: "not ", count: 5000) + "x\n",
                       "y = " + String(repeating: "x if y else ", count: 3000) + "z\n",
                       String(repeating: "2**", count: 5000) + "2\n",
                       String(repeating: "lambda: ", count: 3000) + "1\n"] {
            let result = Parser.parse(source: source)
            XCTAssertNil(result.module)
            XCTAssertEqual(result.diagnostics.first?.kind, .recursionError, String(source.prefix(12)))
        }
    }
}
