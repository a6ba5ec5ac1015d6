/// A family of documented asyncio behaviours: one probe program that observes them on a run, and the English
/// patterns that state them.
///
/// The probe prints one row per behaviour, `fact:<key> <observed> | <what it saw, in words>`. A rule of the family
/// names the key and the observed value under which the sentence is true; a `neg` group in its pattern states the
/// opposite. The probe runs on the model like any snippet, and the test suite runs it on CPython 3.11 as well and
/// requires the same output, so every answer is CPython's.
public struct BehaviourFamily: Sendable {
    public let name: String
    public let program: String
    public let rules: [ClaimRule]

    /// `cue`, when given, is a cheap pattern every sentence one of the family's rules can match also matches
    /// (the family's vocabulary); sentences without it skip the family's rules.
    public init(name: String, cue: String? = nil, program: String, rules: [Rule]) {
        self.name = name
        self.program = program
        self.rules = rules.map { rule in
            ClaimRule(rule.code, rule.kind, rule.pattern,
                      .api(.behaviour(family: name, key: rule.key, expected: rule.expected)), rule.summary, cue: cue)
        }
    }

    /// A rule before it is bound to its family: the sentence is true when the probe's row `key` reads `expected`.
    public struct Rule: Sendable {
        let code: String
        let kind: ClaimKind
        let pattern: String
        let key: String
        let expected: String
        let summary: String

        public init(_ code: String, _ kind: ClaimKind, _ pattern: String, key: String, expected: String, _ summary: String) {
            self.code = code
            self.kind = kind
            self.pattern = pattern
            self.key = key
            self.expected = expected
            self.summary = summary
        }
    }

    /// The row `key` of the probe's output: what it observed and the words that say so.
    static func row(_ key: String, in output: [String]) -> (observed: String, evidence: String)? {
        let head = "fact:\(key) "
        guard let line = output.first(where: { $0.hasPrefix(head) }) else { return nil }
        let rest = line.dropFirst(head.count)
        let parts = rest.split(separator: "|", maxSplits: 1).map { String($0).trimmedWhitespace() }
        guard let observed = parts.first, !observed.isEmpty else { return nil }
        return (observed, parts.count > 1 ? parts[1] : observed)
    }
}

/// Every behaviour family, in the order their rules join the catalogue.
public enum Behaviours {
    public static let all: [BehaviourFamily] = [futures, cancellation, synchronisation, queues, asyncIteration, asyncContext, eventLoop,
                                                gather, timeouts, wait, asCompleted, taskGroup, shield, tasks, loopCalls]

    static func family(named name: String) -> BehaviourFamily? {
        all.first { $0.name == name }
    }
}
