import XCTest
@testable import NotesCheck

final class ClaimExtractorTests: XCTestCase {
    private func claimRules(_ markdown: String) -> [String] {
        let document = Document.parse(SourceText(markdown))
        return ClaimExtractor().claims(in: document, snippetStarts: [], sessionCode: []).claims.map(\.candidate.rule)
    }

    func testAnAnswerToAWhatIfQuestionIsNotAboutTheSnippetsRun() {
        let plain = claimRules("- The downloads run one after another and the whole thing takes 5 seconds.\n")
        XCTAssertFalse(plain.isEmpty)
        XCTAssertEqual(claimRules("- ...we used `Semaphore(1)`? Then the downloads run one after another and the whole thing takes 5 seconds.\n"), [])
        XCTAssertEqual(claimRules("What if we dropped the `await`? The downloads run one after another.\n"), [])
    }

    func testAnAnswerToAnOrdinaryQuestionIsStillAClaim() {
        XCTAssertFalse(claimRules("Why is this faster? The downloads run concurrently.\n").isEmpty)
    }

    func testWhatIfQuestions() {
        XCTAssertTrue(ClaimExtractor.asksWhatIf("...we used `Semaphore(1)`?"))
        XCTAssertTrue(ClaimExtractor.asksWhatIf("What happens if the worker swallows the error?"))
        XCTAssertTrue(ClaimExtractor.asksWhatIf("Suppose we await the task first?"))
        XCTAssertFalse(ClaimExtractor.asksWhatIf("Why does this take three seconds?"))
    }
}
