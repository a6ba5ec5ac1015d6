import XCTest
@testable import NotesCheck

/// Documents stitched at random from Markdown's sharp edges (fences, backticks, brackets,
/// escapes, entities, containers, CR/CRLF, tabs, multi-byte text) must parse without trapping
/// and keep the model's promises. The generator is seeded, so every run checks the same inputs.
final class DocumentInvariantTests: XCTestCase {
    /// SplitMix64: a small deterministic generator, local to the test.
    private struct SplitMix64 {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    private static let pieces = [
        "text ", "word", "\n", "\n\n", "\r\n", "\r", "\t", "    ", "- ", "1. ", "> ", "# ", "```", "```python\n",
        "~~~", "````py\n", "`", "``", " `` a`b `` ", "*", "**", "_", "[", "]", "(", ")", "](http://x \"t (y)\")", "<",
        ">",
        "<https://a.b>", "<!-- c -->", "<!--", "-->", "\\", "\\*", "&amp;", "&#x1F40D;", "&bogus;", "é", "日本", "🐍",
        "e\u{301}", "|a|b|\n|-|-|\n", "===\n", "---\n", "  \n", "<div>\n", "\u{0}",
    ]

    func testRandomDocumentsKeepTheModelsPromises() {
        var random = SplitMix64(state: 2026)
        for index in 0..<400 {
            let count = 1 + random.next(below: 60)
            let text = (0..<count).map { _ in Self.pieces[random.next(below: Self.pieces.count)] }.joined()
            check(Document.parse(SourceText(text)), label: "document \(index): \(text.debugDescription)")
        }
    }

    /// Every character of the text is placed on bytes that spell it.
    private func checkSpellings(_ prose: ProseBlock, in source: SourceText, label: String) {
        var offset = 0
        for scalar in prose.text.unicodeScalars {
            let spelled = source.slice(prose.sourceRanges[offset])
            let character = String(scalar)
            let isSpelling =
                spelled == character || spelled == "\\" + character
                || (spelled.hasPrefix("&") && CmarkBridge.decodeReference(spelled) == character)
                || (scalar == " " && ["\n", "\r\n", "\r"].contains(spelled))
                || (scalar == "\u{FFFD}" && spelled == "\0")
            XCTAssertTrue(isSpelling, "\(character.debugDescription) placed on \(spelled.debugDescription): \(label)")
            offset += UTF8.width(scalar)
        }
    }

    private func check(_ document: Document, label: String) {
        let size = document.source.bytes.count
        func inBounds(_ range: Range<ByteOffset>) -> Bool { range.lowerBound >= 0 && range.upperBound <= size }
        var previousStart = 0
        for block in document.blocks {
            let range: Range<ByteOffset>
            switch block {
            case .fencedCode(let fence):
                range = fence.range
                XCTAssertTrue(inBounds(fence.contentRange), label)
                XCTAssertTrue(fence.lines.allSatisfy { inBounds($0.range) && $0.padding >= 0 }, label)
                XCTAssertTrue(fence.fenceLength >= 3, label)
                let fenceText = String(repeating: fence.fenceCharacter.rawValue, count: fence.fenceLength)
                XCTAssertTrue(document.source.slice(fence.range).hasPrefix(fenceText), label)
            case .indentedCode(let code):
                range = code.range
            case .prose(let prose):
                range = prose.range
                XCTAssertEqual(prose.sourceRanges.count, prose.text.utf8.count, label)
                XCTAssertTrue(prose.sourceRanges.allSatisfy(inBounds), label)
                let starts = prose.sourceRanges.map(\.lowerBound)
                XCTAssertEqual(starts, starts.sorted(), "text maps to the file in order: \(label)")
                checkSpellings(prose, in: document.source, label: label)
                for span in prose.codeSpans {
                    let spelled = document.source.slice(span.range)
                    XCTAssertTrue(spelled.hasPrefix("`") && spelled.hasSuffix("`"), label)
                }
                for comment in prose.htmlComments {
                    XCTAssertTrue(document.source.slice(comment.range).hasPrefix("<!--"), label)
                }
            case .htmlComment(let comment):
                range = comment.range
                XCTAssertTrue(document.source.slice(comment.range).hasPrefix("<!--"), label)
            }
            XCTAssertTrue(inBounds(range), label)
            XCTAssertGreaterThanOrEqual(range.lowerBound, previousStart, "blocks in source order: \(label)")
            previousStart = range.lowerBound
        }
    }
}
