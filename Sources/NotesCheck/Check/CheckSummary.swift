/// Counts over a set of checked files, as the report's summary gives them.
public struct CheckSummary: Equatable, Sendable {
    public var files: Int
    public var snippets: Int
    public var sentences: Int
    public var claims: Int
    public var confirmed: Int
    public var contradicted: Int
    public var unverifiable: Int

    public init(_ checks: [FileCheck]) {
        let claims = checks.flatMap(\.claims)
        files = checks.count
        snippets = checks.reduce(0) { $0 + $1.snippets.count }
        sentences = checks.reduce(0) { $0 + $1.sentenceCount }
        self.claims = claims.count
        confirmed = claims.filter { $0.verdict == .confirmed }.count
        contradicted = claims.filter { $0.verdict == .contradicted }.count
        unverifiable = claims.filter { $0.verdict == .unverifiable }.count
    }
}
