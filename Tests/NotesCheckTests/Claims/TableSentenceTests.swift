import XCTest
@testable import NotesCheck

/// cmark's core has no tables: a Markdown table is one paragraph, and each of its rows must still be a sentence,
/// read under the table's header.
final class TableSentenceTests: XCTestCase {
    private func sentences(_ markdown: String) -> [String] {
        Document.parse(SourceText(markdown)).blocks.flatMap { block -> [String] in
            guard case .prose(let prose) = block else { return [] }
            return prose.sentences.map(\.text)
        }
    }

    func testEachRowIsASentenceUnderTheHeader() {
        XCTAssertEqual(sentences("| limit | total |\n|---|---|\n| `Semaphore(1)` | 5 s |\n| `Semaphore(3)` | 2 s |\n"),
                       ["| limit | total |", "|---|---|", "| limit | total | |---|---| | Semaphore(1) | 5 s |",
                        "| limit | total | |---|---| | Semaphore(3) | 2 s |"])
    }

    func testRowsWithoutOuterPipes() {
        XCTAssertEqual(sentences("limit | total\n--- | ---\n1 | 5 s\n"), ["limit | total", "--- | ---", "limit | total --- | --- 1 | 5 s"])
    }

    func testARowsClaimUnderlinesTheRowOnly() throws {
        let markdown = "| observation |\n|---|\n| The run takes 4 seconds |\n"
        let document = Document.parse(SourceText(markdown))
        let claims = ClaimExtractor().claims(in: document, snippetStarts: [], sessionCode: []).claims
        let claim = try XCTUnwrap(claims.first)
        let rowStart = try XCTUnwrap(markdown.utf8.firstIndex(of: UInt8(ascii: "T")))
        XCTAssertEqual(claim.range.lowerBound, markdown.utf8.distance(from: markdown.utf8.startIndex, to: rowStart))
        XCTAssertEqual(claim.text.trimmedWhitespace(), "The run takes 4 seconds")
    }

    func testAWrappedProseLineIsNotARow() {
        XCTAssertEqual(sentences("The first task prints `a`\nand the second prints `b`.\n"),
                       ["The first task prints a and the second prints b."])
    }

    func testCellsReadAsClauses() {
        let row = sentence("| The run takes 4 seconds | one per item |")
        XCTAssertEqual(ClaimText(sentence: row, mentions: MentionScanner.mentions(in: row)).normalized,
                       "the run takes {d0} ; one per item")
    }
}
