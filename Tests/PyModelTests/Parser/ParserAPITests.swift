import XCTest
@testable import PyModel

/// The parser's own promises (not CPython facts): line shifting, interning, no module on error.
final class ParserAPITests: XCTestCase {
    func testFirstLineShiftsEveryLineButNoColumn() throws {
        let source = "x = 1\nif x:\n    y = f(x)\n"
        let plain = try XCTUnwrap(Parser.parse(source: source).module)
        let shifted = try XCTUnwrap(Parser.parse(source: source, firstLine: 21).module)
        let plainLines = ASTDumper.dump(plain).split(separator: "\n")
        let shiftedLines = ASTDumper.dump(shifted).split(separator: "\n")
        XCTAssertEqual(plainLines.count, shiftedLines.count)
        XCTAssertEqual(shifted.body.map(\.range.startLine), [21, 22])
        XCTAssertEqual(shifted.body.map(\.range.startColumn), plain.body.map(\.range.startColumn))
        XCTAssertEqual(shifted.body[1].range.endLine, 23)
    }

    func testDiagnosticsAreShiftedByFirstLine() {
        let result = Parser.parse(source: "x = 1\nif x\n    pass\n", firstLine: 40)
        XCTAssertNil(result.module)
        XCTAssertEqual(result.diagnostics.first?.range.startLine, 41)
        XCTAssertEqual(result.diagnostics.first?.description, "SyntaxError: expected ':'")
    }

    func testIdentifiersAreInternedAcrossParsesSharingAnInterner() throws {
        let names = NameInterner()
        let first = try XCTUnwrap(Parser.parse(source: "main = 1\nprint(main)\n", names: names).module)
        let second = try XCTUnwrap(Parser.parse(source: "main()\n", names: names).module)
        guard case .assign(let targets, _) = first.body[0].kind, case .name(let stored, _) = targets[0].kind,
              case .expr(let call) = second.body[0].kind, case .call(let function, _, _) = call.kind,
              case .name(let loaded, _) = function.kind else {
            return XCTFail("unexpected tree")
        }
        XCTAssertEqual(stored, loaded)
        XCTAssertEqual(names.names[stored.id], "main")
        XCTAssertTrue(first.names === names)
    }

    func testIntegerLiteralsKeepTheirTextAndExactValue() throws {
        let module = try XCTUnwrap(Parser.parse(source: "x = 0x_FF_FF_FF_FF_FF_FF_FF_FF_FF\n").module)
        guard case .assign(_, let value) = module.body[0].kind, case .constant(let constant) = value.kind,
              case .int(let literal) = constant.value else {
            return XCTFail("unexpected tree")
        }
        XCTAssertEqual(literal.text, "0x_FF_FF_FF_FF_FF_FF_FF_FF_FF")
        XCTAssertNil(literal.smallValue)
        XCTAssertEqual(literal.value.description, "4722366482869645213695")
    }

    func testParsingResumesAtTheNextTopLevelStatementAfterAnError() {
        let source = "a b\nok = 1\nif x\n    pass\n    x y\nclass C:\n    pass\nc d\n"
        let result = Parser.parse(source: source, firstLine: 10)
        XCTAssertNil(result.module)
        XCTAssertEqual(result.diagnostics.map(\.range.startLine), [10, 12, 17])
        XCTAssertEqual(result.diagnostics.map(\.message), ["invalid syntax", "expected ':'", "invalid syntax"])
    }

    func testATokenizerErrorEndsTheParseAndIsReportedOnce() {
        let result = Parser.parse(source: "a = 1\nx = 'open\nc d\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["unterminated string literal (detected at line 2)"])
    }

    func testEveryDiagnosticComesWithoutAModuleAndNeverTraps() {
        for source in ["(", ")", "\"", "'''", "\\", "f'{", "@", "def", "class A(", "x = [1,", "\t\n  x", "\u{0}", "¤"] {
            let result = Parser.parse(source: source)
            XCTAssertNil(result.module, source)
            XCTAssertFalse(result.diagnostics.isEmpty, source)
        }
    }
}
