/// The stage that turns a parsed document into snippet runs, claims and diagnostics: the seam
/// where sessions, the Python model and claim verification plug in.
///
/// Implementations are synchronous and deterministic: the same document and file name give the
/// same result.
public protocol CheckEngine {
    /// - Parameters:
    ///   - document: the parsed file.
    ///   - fileName: the file's name without its folders (the snippets' `__file__`).
    func check(_ document: Document, fileName: String) -> EngineResult
}

/// What an engine found in one document.
public struct EngineResult: Equatable, Sendable {
    /// One result per snippet, in source order.
    public var snippets: [SnippetResult]
    /// Claims in source order.
    public var claims: [ClaimResult]
    /// Diagnostics in source order.
    public var diagnostics: [Diagnostic]
    /// How many prose sentences were read for claims.
    public var sentenceCount: Int

    public init(
        snippets: [SnippetResult], claims: [ClaimResult] = [], diagnostics: [Diagnostic] = [], sentenceCount: Int = 0
    ) {
        self.snippets = snippets
        self.claims = claims
        self.diagnostics = diagnostics
        self.sentenceCount = sentenceCount
    }
}

/// The engine until the real one exists: lists every snippet as `skipped` with entry `none`,
/// finds no claims and reads no sentences.
public struct SkippingEngine: CheckEngine {
    public init() {}

    public func check(_ document: Document, fileName: String) -> EngineResult {
        EngineResult(
            snippets: document.fences.filter(SnippetRule.isSnippet).map {
                SnippetResult(fence: $0, status: .skipped, entry: .none)
            })
    }
}
