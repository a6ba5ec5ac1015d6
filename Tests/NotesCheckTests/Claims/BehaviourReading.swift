@testable import NotesCheck

/// What the behaviour rules of `family` read from a sentence: `key=expected` per claim, `not key=expected` when
/// the sentence states the opposite, sorted. Other claims of the sentence are left out: these tests check
/// recognition only; whether a behaviour holds is the probe's business.
func readBehaviours(_ text: String, family: String, matcher: ClaimMatcher) -> [String] {
    matcher.candidates(in: sentence(text)).compactMap { candidate -> String? in
        switch candidate.assertion {
        case .api(.behaviour(let name, let key, let expected)) where name == family:
            return "\(key)=\(expected)"
        case .not(.api(.behaviour(let name, let key, let expected))) where name == family:
            return "not \(key)=\(expected)"
        default:
            return nil
        }
    }.sorted()
}
