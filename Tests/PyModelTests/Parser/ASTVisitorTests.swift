import Foundation
import XCTest
@testable import PyModel

/// The visitor reaches every statement, expression and pattern in CPython's field order: the
/// ranges it visits are, in order, the positioned nodes of CPython's own dump of each case.
final class ASTVisitorTests: XCTestCase {
    private static let casesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("cases")

    /// CPython's `ast.stmt`, `ast.expr` and `ast.pattern` subclasses.
    private static let nodeClasses: Set<String> = [
        "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
        "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert",
        "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
        "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp",
        "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue",
        "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
        "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass", "MatchStar", "MatchAs", "MatchOr",
    ]

    /// Records ranges in visiting order, leaving out the f-string parts CPython's dump leaves unpositioned.
    private struct RangeRecorder: ASTVisitor {
        var ranges: [String] = []
        var unpositioned: Set<ObjectIdentifier> = []

        mutating func visit(_ statement: Stmt) -> Bool {
            ranges.append(statement.range.description)
            return true
        }

        mutating func visit(_ expression: Expr) -> Bool {
            switch expression.kind {
            case .joinedStr(let values):
                for value in values { unpositioned.insert(ObjectIdentifier(value)) }
            case .formattedValue(_, _, let formatSpec):
                if let formatSpec { unpositioned.insert(ObjectIdentifier(formatSpec)) }
            default:
                break
            }
            if !unpositioned.contains(ObjectIdentifier(expression)) { ranges.append(expression.range.description) }
            return true
        }

        mutating func visit(_ pattern: Pattern) -> Bool {
            ranges.append(pattern.range.description)
            return true
        }
    }

    func testVisitorOrderMatchesCPythonFieldOrder() throws {
        let sources = try FileManager.default.contentsOfDirectory(at: Self.casesDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "py" }
        XCTAssertFalse(sources.isEmpty)
        for source in sources {
            let module = try XCTUnwrap(Parser.parse(bytes: [UInt8](try Data(contentsOf: source))).module, source.lastPathComponent)
            var recorder = RangeRecorder()
            recorder.walk(module)
            let golden = try String(contentsOf: source.deletingPathExtension().appendingPathExtension("ast"), encoding: .utf8)
            let expected = golden.split(separator: "\n").compactMap { line -> String? in
                let words = line.split(separator: " ")
                guard let at = words.firstIndex(where: { $0.hasPrefix("@") }), at > 0,
                      Self.nodeClasses.contains(String(words[at - 1])) else { return nil }
                return String(words[at].dropFirst())
            }
            XCTAssertEqual(recorder.ranges, expected, source.lastPathComponent)
        }
    }
}
