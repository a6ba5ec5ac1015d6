/// The kinds of claim the catalogue recognises (DESIGN.md, "Claims").
public enum ClaimKind: String, Codable, CaseIterable, Sendable {
    case concurrency, sequential, ordering, duration, counterfactual, necessity, cause, lifecycle, api, output
}

/// What the evidence said about a claim.
public enum ClaimVerdict: String, Codable, CaseIterable, Sendable {
    case confirmed, contradicted, unverifiable
}

/// One claim found in the prose and its verdict.
public struct ClaimResult: Equatable, Sendable {
    /// The sentence (or phrase) that makes the claim.
    public var range: Range<ByteOffset>
    public var text: String
    public var kind: ClaimKind
    public var verdict: ClaimVerdict
    /// The evidence in words and virtual times, or why the claim could not be decided.
    public var evidence: String

    public init(range: Range<ByteOffset>, text: String, kind: ClaimKind, verdict: ClaimVerdict, evidence: String) {
        self.range = range
        self.text = text
        self.kind = kind
        self.verdict = verdict
        self.evidence = evidence
    }
}
