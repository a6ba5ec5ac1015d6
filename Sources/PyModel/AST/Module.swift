/// A parsed source file or snippet: its statements and the interner that named them.
///
/// The AST's design, for the compiler and for AST transforms:
/// - Nodes mirror CPython 3.11's `ast` module one to one (same node kinds, same field names in
///   camelCase, same field order), so CPython's documentation and `ast.dump` describe them.
///   `FunctionDef`/`AsyncFunctionDef`, `For`/`AsyncFor`, `With`/`AsyncWith` and `Try`/`TryStar`
///   are one case each with an `isAsync`/`isStar` flag; `Subscript` is `subscriptExpr`, and
///   statement cases that are Swift keywords carry a suffix (`returnStmt`, `ifStmt`, ...).
/// - `Expr`, `Stmt` and `Pattern` are final classes holding a `kind` enum and a `range`: a tree
///   is shared by reference, never copied, and no `indirect` enum chains exist. Payloads are
///   references and small structs (`Arguments`, `Comprehension`, `Keyword`, ...).
/// - Every node with a position in CPython has a `SourceRange` equal to CPython's `lineno`,
///   `col_offset`, `end_lineno`, `end_col_offset` (0-based UTF-8 byte columns), lines shifted by
///   the parser's `firstLine`. Inside f-strings the `constant` and `formattedValue` parts carry
///   the whole literal's range, as CPython 3.11 does.
/// - Names are `Identifier`s interned in `names`, dense ids from 0.
/// - Constants keep what the VM needs: an int's source text and exact `BigInt` value, floats as
///   `Double`, str after escape processing, bytes as `[UInt8]`. f-strings are `joinedStr` of
///   `constant` strings and `formattedValue`s, adjacent literal parts merged, as in CPython.
/// - Checks CPython makes after parsing (in its symbol table and compiler) are not made here:
///   `return`/`yield`/`await` outside a function, `break`/`continue` outside a loop, `nonlocal`
///   at module level, duplicate parameters, starred assignment targets outside a list or tuple,
///   async comprehensions outside async functions. The compiler reports those.
public final class Module {
    public var body: [Stmt]
    /// The interner every `Identifier` in this tree came from.
    public let names: NameInterner

    public init(body: [Stmt], names: NameInterner) {
        self.body = body
        self.names = names
    }
}

/// CPython's class of a compile-time error.
public enum SyntaxErrorKind: String, Sendable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
    /// Nesting beyond the parser's depth budget (CPython raises RecursionError while compiling).
    case recursionError = "RecursionError"
}

/// A syntax error with CPython's class and message where feasible, at a source range (same
/// conventions as `SourceRange`: lines shifted by `firstLine`, 0-based UTF-8 byte columns).
public struct SyntaxDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var kind: SyntaxErrorKind
    public var message: String
    public var range: SourceRange

    public init(_ kind: SyntaxErrorKind, _ message: String, _ range: SourceRange) {
        self.kind = kind
        self.message = message
        self.range = range
    }

    /// `SyntaxError: invalid syntax`, as CPython's last traceback line.
    public var description: String { "\(kind.rawValue): \(message)" }
}

/// The outcome of parsing: a module when the source is valid, and every error found (the first
/// is the one CPython would report). A parse never throws and never traps.
public struct ParseResult {
    public var module: Module?
    public var diagnostics: [SyntaxDiagnostic]

    public init(module: Module?, diagnostics: [SyntaxDiagnostic]) {
        self.module = module
        self.diagnostics = diagnostics
    }
}
