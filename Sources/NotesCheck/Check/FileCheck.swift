/// Everything notescheck found in one file: the model every renderer views. Ranges are byte
/// offsets into `document.source`.
public struct FileCheck: Equatable, Sendable {
    /// The path as the user gave it.
    public var path: String
    public var document: Document
    public var snippets: [SnippetResult]
    public var claims: [ClaimResult]
    public var diagnostics: [Diagnostic]
    public var sentenceCount: Int

    public init(
        path: String, document: Document, snippets: [SnippetResult], claims: [ClaimResult], diagnostics: [Diagnostic],
        sentenceCount: Int
    ) {
        self.path = path
        self.document = document
        self.snippets = snippets
        self.claims = claims
        self.diagnostics = diagnostics
        self.sentenceCount = sentenceCount
    }

    /// Whether any claim was contradicted (the command then exits 1).
    public var hasContradictedClaim: Bool {
        claims.contains { $0.verdict == .contradicted }
    }
}
