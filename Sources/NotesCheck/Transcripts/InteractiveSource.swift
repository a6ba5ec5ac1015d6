import PyModel

/// A prompt's source made to behave as CPython's interactive mode (`compile(source, name, "single")`) on
/// PyModel, which compiles modules only:
///
/// - every expression statement outside function and class bodies (inside `for`, `if`, `with`, `try`, `match`
///   blocks too) prints the `repr` of its value unless the value is `None`, as `sys.displayhook` does. The
///   statement is rewritten in place, on its own lines, to
///   `__notescheck_echo__ = (EXPR); print(repr(__notescheck_echo__)) if __notescheck_echo__ is not None else None; del __notescheck_echo__`,
///   so every line and column before it keeps its place (the name is gone after the statement; `_` is not set);
/// - a source with a second statement on a later line than the first is the SyntaxError CPython raises
///   ("multiple statements found while compiling a single statement").
///
/// A source that does not parse is returned unchanged, so that compiling it reports CPython's syntax error.
public enum InteractiveSource {
    public struct Refusal: Error, Equatable, Sendable {
        /// `"SyntaxError: …"`, as the exception line of the prompt.
        public var message: String
    }

    static let echoName = "__notescheck_echo__"

    public static func prepare(_ source: String, firstLine: Int) -> Result<String, Refusal> {
        let parsed = Parser.parse(source: source, firstLine: firstLine)
        guard parsed.diagnostics.isEmpty, let module = parsed.module else { return .success(source) }
        if let first = module.body.first, module.body.dropFirst().contains(where: { $0.range.startLine > first.range.endLine }) {
            return .failure(Refusal(message: "SyntaxError: multiple statements found while compiling a single statement"))
        }
        var ranges: [SourceRange] = []
        collectEchoes(module.body, into: &ranges)
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        for range in ranges.reversed() {
            let startLine = range.startLine - firstLine, endLine = range.endLine - firstLine
            guard lines.indices.contains(startLine), lines.indices.contains(endLine),
                  range.startColumn <= lines[startLine].count, range.endColumn <= lines[endLine].count,
                  startLine < endLine || range.startColumn <= range.endColumn else { continue }
            let suffix = "); print(repr(\(echoName))) if \(echoName) is not None else None; del \(echoName)"
            lines[endLine].insert(contentsOf: Array(suffix.utf8), at: range.endColumn)
            lines[startLine].insert(contentsOf: Array("\(echoName) = (".utf8), at: range.startColumn)
        }
        return .success(lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n"))
    }

    /// The expression statements `sys.displayhook` sees: those not inside a function or class body, in order.
    private static func collectEchoes(_ statements: [Stmt], into ranges: inout [SourceRange]) {
        for statement in statements {
            switch statement.kind {
            case .expr:
                ranges.append(statement.range)
            case .forLoop(let loop):
                collectEchoes(loop.body, into: &ranges)
                collectEchoes(loop.orelse, into: &ranges)
            case .whileLoop(_, let body, let orelse), .ifStmt(_, let body, let orelse):
                collectEchoes(body, into: &ranges)
                collectEchoes(orelse, into: &ranges)
            case .with(let block):
                collectEchoes(block.body, into: &ranges)
            case .match(_, let cases):
                for matchCase in cases { collectEchoes(matchCase.body, into: &ranges) }
            case .tryStmt(let block):
                collectEchoes(block.body, into: &ranges)
                for handler in block.handlers { collectEchoes(handler.body, into: &ranges) }
                collectEchoes(block.orelse, into: &ranges)
                collectEchoes(block.finalbody, into: &ranges)
            case .functionDef, .classDef, .returnStmt, .delete, .assign, .augAssign, .annAssign, .raise, .assert,
                 .importNames, .importFrom, .global, .nonlocal, .pass, .breakStmt, .continueStmt:
                break
            }
        }
    }
}
