/// A parsed source file or snippet: its statements and the interner that named them.
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
