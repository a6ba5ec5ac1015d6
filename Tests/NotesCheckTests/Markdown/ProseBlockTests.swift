import Foundation
import XCTest
@testable import NotesCheck

/// Underlining phrases of prose and mapping code positions back to the file: the uses the
/// Markdown model exists for. Expected file text is cut from the file itself.
final class ProseBlockTests: XCTestCase {
    private func notes() throws -> Document {
        let url = Golden.repositoryRoot.appendingPathComponent("notes/async-python.md")
        return Document.parse(try XCTUnwrap(SourceText(bytes: [UInt8](try Data(contentsOf: url)))))
    }

    /// The range of `phrase` in the block's text, as a claim rule would find it.
    private func textRange(of phrase: String, in prose: ProseBlock) throws -> Range<Int> {
        let text = Array(prose.text.utf8)
        let needle = Array(phrase.utf8)
        let start = try XCTUnwrap(
            (0...(text.count - needle.count)).first { text[$0..<($0 + needle.count)].elementsEqual(needle) })
        return start..<(start + needle.count)
    }

    func testAPhraseWithACodeSpanUnderlinesItsSourceIncludingBackticks() throws {
        let document = try notes()
        let prose = try XCTUnwrap(document.proseBlocks.first { $0.text.hasPrefix("In the above code") })
        let range = try XCTUnwrap(
            prose.sourceRange(
                ofTextRange: try textRange(of: "async_sleep function are running concurrently", in: prose)))
        XCTAssertEqual(document.source.slice(range), "`async_sleep` function are running concurrently")
        XCTAssertEqual(document.source.lineTable.location(of: range.lowerBound), SourceLocation(line: 48, column: 24))
    }

    func testAPhraseInsideTextMapsToExactlyItsBytes() throws {
        let source = SourceText("- Accents: naïve *café* — then\n  the 🐍 runs **twice**.\n")
        let prose = try XCTUnwrap(Document.parse(source).proseBlocks.first)
        XCTAssertEqual(prose.text, "Accents: naïve café — then the 🐍 runs twice.")
        let range = try XCTUnwrap(
            prose.sourceRange(ofTextRange: try textRange(of: "café — then the 🐍 runs twice", in: prose)))
        XCTAssertEqual(source.slice(range), "café* — then\n  the 🐍 runs **twice")
        XCTAssertEqual(source.lineTable.location(of: range.lowerBound), SourceLocation(line: 1, column: 19))
    }

    func testCodeSpanWithBackticksInside() throws {
        let source = SourceText("Use ``` `` a`b `` ``` and `` `x` ``.\n")
        let prose = try XCTUnwrap(Document.parse(source).proseBlocks.first)
        XCTAssertEqual(prose.codeSpans.map(\.literal), ["`` a`b ``", "`x`"])
        XCTAssertEqual(prose.codeSpans.map { source.slice($0.range) }, ["``` `` a`b `` ```", "`` `x` ``"])
        XCTAssertEqual(prose.text, "Use `` a`b `` and `x`.")
    }

    func testIndentedFenceLinesMapBackToTheirFileColumns() throws {
        let source = SourceText("1. item\n\n   > ```python\n   > def f():\n   >     return 1\n   > ```\n")
        let fence = try XCTUnwrap(Document.parse(source).fences.first)
        XCTAssertEqual(fence.containers, [.listItem, .blockQuote])
        XCTAssertEqual(fence.content, "def f():\n    return 1\n")
        let returnOffset = try XCTUnwrap(fence.content.utf8.firstIndex(of: UInt8(ascii: "r")))
        let contentOffset = fence.content.utf8.distance(from: fence.content.utf8.startIndex, to: returnOffset)
        let fileOffset = try XCTUnwrap(fence.fileOffset(contentOffset: contentOffset))
        XCTAssertEqual(source.lineTable.location(of: fileOffset), SourceLocation(line: 5, column: 10))
        XCTAssertEqual(source.slice(fileOffset..<(fileOffset + 6)), "return")
        XCTAssertNil(fence.fileOffset(contentOffset: fence.content.utf8.count + 1))
    }

    func testWalkerVisitsBlocksInSourceOrder() throws {
        struct Recorder: DocumentVisitor {
            var kinds: [String] = []
            mutating func visit(_ fence: FencedCode) { kinds.append("fence") }
            mutating func visit(_ prose: ProseBlock) { kinds.append("prose") }
            mutating func visit(_ comment: HTMLComment) { kinds.append("comment") }
        }
        let document = Document.parse(SourceText("text\n\n<!-- d -->\n\n```py\nx\n```\n\n    indented\n"))
        var recorder = Recorder()
        document.walk(&recorder)
        XCTAssertEqual(recorder.kinds, ["prose", "comment", "fence"])
        XCTAssertEqual(document.blocks.count, 4, "the indented block is a block the recorder ignores")
        XCTAssertEqual(document.htmlComments.map(\.text), [" d "])
    }

    func testEmptyFileHasNoBlocks() {
        XCTAssertEqual(Document.parse(SourceText("")).blocks, [])
    }
}
