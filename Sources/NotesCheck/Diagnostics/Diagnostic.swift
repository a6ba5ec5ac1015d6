/// One finding about a file: what every output format (text, JSON, and later SARIF, GitHub
/// annotations, HTML, the language server) renders. Renderers only present it; they compute
/// nothing.
public struct Diagnostic: Equatable, Sendable {
    /// A stable rule code, e.g. `claim-contradicted`, `output-mismatch`.
    public var code: String
    public var severity: Severity
    /// One sentence, no trailing period needed, no position (the range carries it).
    public var message: String
    /// The exact bytes the finding is about.
    public var range: Range<ByteOffset>
    /// An edit that resolves the finding, when the right text is known.
    public var fix: Fix?

    public init(code: String, severity: Severity, message: String, range: Range<ByteOffset>, fix: Fix? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.fix = fix
    }
}

/// How serious a diagnostic is; the names are the JSON report's and LSP's.
public enum Severity: String, Codable, CaseIterable, Sendable {
    case error, warning, information, hint
}

/// A change that resolves a diagnostic.
public struct Fix: Equatable, Sendable {
    /// What the fix does, e.g. "replace with `asyncio.gather` returns a Future".
    public var message: String
    /// Non-overlapping edits, in source order.
    public var edits: [TextEdit]
    public var applicability: Applicability

    public init(message: String, edits: [TextEdit], applicability: Applicability) {
        self.message = message
        self.edits = edits
        self.applicability = applicability
    }
}

/// Replace `range` with `replacement`.
public struct TextEdit: Equatable, Sendable {
    public var range: Range<ByteOffset>
    public var replacement: String

    public init(range: Range<ByteOffset>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// Whether a fix may be applied without a person looking at it (as in ruff).
public enum Applicability: String, Codable, Sendable {
    /// Keeps the meaning the author intended; tools may apply it automatically.
    case safe
    /// Likely right but may change meaning; apply only on request.
    case unsafe
    /// Shown to a person, never applied by a tool.
    case displayOnly = "display-only"
}
