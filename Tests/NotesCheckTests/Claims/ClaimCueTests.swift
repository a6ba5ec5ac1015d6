import XCTest
@testable import NotesCheck

/// A rule's cue gates it: the matcher tries the rule only on sentences that match the cue.
final class ClaimCueTests: XCTestCase {
    private func rule(cue: String?) -> ClaimRule {
        ClaimRule("test/printed", .output, #"(?<a>\{[cq]\d+(?:=[^}]*)?\}) is printed"#, .printed("a"), "A text is printed.", cue: cue)
    }

    func testARuleRunsWhenItsCueMatches() {
        let matcher = ClaimMatcher(rules: [rule(cue: "printed")])
        XCTAssertEqual(claims("`done` is printed.", matcher: matcher), ["printed `done`"])
    }

    func testARuleIsSkippedWhenItsCueDoesNotMatch() {
        let matcher = ClaimMatcher(rules: [rule(cue: "never-in-this-sentence")])
        XCTAssertEqual(claims("`done` is printed.", matcher: matcher), [])
        XCTAssertEqual(matcher.brokenRules, [])
    }

    func testARuleWithABrokenCueIsReportedBroken() {
        XCTAssertEqual(ClaimMatcher(rules: [rule(cue: "(unclosed")]).brokenRules, ["test/printed"])
    }
}
