@testable import NotesCheck

/// What the catalogue reads from a sentence for the behaviour families of awaiting many things and of timeouts:
/// `key=expected` per claim of the family, prefixed with `not ` when the sentence denies it. Claims of other
/// families and rules are left out; `family: nil` lists every behaviour claim.
struct AwaitingBehaviourReading {
    let matcher = ClaimMatcher()

    func read(_ text: String, family wanted: String?) -> [String] {
        let s = sentence(text)
        let mentions = MentionScanner.mentions(in: s)
        return matcher.candidates(in: s, mentions: mentions).compactMap { candidate -> String? in
            var assertion = candidate.assertion
            var prefix = ""
            if case .not(let inner) = assertion {
                assertion = inner
                prefix = "not "
            }
            guard case .api(.behaviour(let family, let key, let expected)) = assertion,
                  wanted == nil || family == wanted else { return nil }
            return prefix + key + "=" + expected.lowercased()
        }.sorted()
    }
}
