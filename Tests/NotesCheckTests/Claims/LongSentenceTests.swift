import XCTest
@testable import NotesCheck

/// A paragraph without periods is one sentence; past `ClaimExtractor.longestSentence` bytes it is not read for
/// claims (the rules' work grows with the square of its length), and is still counted.
final class LongSentenceTests: XCTestCase {
    private func extraction(_ markdown: String) -> (claims: [ExtractedClaim], sentences: Int) {
        let source = SourceText(bytes: Array(markdown.utf8))
        XCTAssertNotNil(source)
        guard let source else { return ([], 0) }
        return ClaimExtractor().claims(in: Document.parse(source), snippetStarts: [], sessionCode: [])
    }

    func testASentenceUpToTheLimitIsRead() {
        let claim = "The two tasks run concurrently"
        let padding = String(repeating: " and so on", count: (ClaimExtractor.longestSentence - claim.utf8.count - 1) / 10)
        let result = extraction(claim + padding + ".\n")
        XCTAssertEqual(result.sentences, 1)
        XCTAssertFalse(result.claims.isEmpty)
    }

    func testALongerSentenceIsCountedButNotRead() {
        let claim = "The two tasks run concurrently"
        let padding = String(repeating: " and so on", count: ClaimExtractor.longestSentence / 10)
        let result = extraction(claim + padding + ".\n")
        XCTAssertEqual(result.sentences, 1)
        XCTAssertEqual(result.claims, [])
    }
}
