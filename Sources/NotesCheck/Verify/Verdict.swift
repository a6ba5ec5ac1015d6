/// How a claim came out, with the evidence in words.
public struct Verdict: Equatable, Sendable {
    public var outcome: ClaimVerdict
    /// What the run (or variant, or probe) showed, citing virtual times and lines; for an unverifiable claim,
    /// the reason.
    public var evidence: String

    public init(_ outcome: ClaimVerdict, _ evidence: String) {
        self.outcome = outcome
        self.evidence = evidence
    }
}

/// The truth of an assertion on one run: it holds, it fails, or the evidence cannot say.
enum Truth: Equatable {
    case holds(String)
    case fails(String)
    case unknown(String)

    var negated: Truth {
        switch self {
        case .holds(let why): return .fails(why)
        case .fails(let why): return .holds(why)
        case .unknown: return self
        }
    }

    var verdict: Verdict {
        switch self {
        case .holds(let why): return Verdict(.confirmed, why)
        case .fails(let why): return Verdict(.contradicted, why)
        case .unknown(let why): return Verdict(.unverifiable, why)
        }
    }

    static func from(_ condition: Bool, _ why: String) -> Truth {
        condition ? .holds(why) : .fails(why)
    }
}
