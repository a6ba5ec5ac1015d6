import XCTest
@testable import NotesCheck

/// Fence details the goldens do not spell out: closed or not, where the fence sits, and the
/// file text of every content line (cut from the file, so no column is written by hand).
final class FencedCodeTests: XCTestCase {
    private func fences(_ text: String) -> [FencedCode] {
        Document.parse(SourceText(text)).fences
    }

    func testFenceEndedByItsContainerIsUnclosed() {
        // CommonMark spec example 98: the block quote ends, and the fence with it.
        let quoted = fences("> ```\n> aaa\n\nbbb\n")
        XCTAssertEqual(quoted.map(\.isClosed), [false])
        XCTAssertEqual(quoted.first?.content, "aaa\n")
        // A top-level fence right after an unclosed quoted one opens a new block; it does not close the first.
        let two = fences("> ```py\n> x\n```\ny\n```\n")
        XCTAssertEqual(two.map(\.isClosed), [false, true])
        XCTAssertEqual(two.map(\.containers), [[.blockQuote], []])
        XCTAssertEqual(two.map(\.content), ["x\n", "y\n"])
    }

    func testShorterOrDifferentClosingFencesDoNotClose() {
        let longer = fences("````\n```\n~~~~\n")
        XCTAssertEqual(longer.map(\.isClosed), [false])
        XCTAssertEqual(longer.first?.content, "```\n~~~~\n")
        XCTAssertEqual(fences("~~~\nx\n~~~~~  \n").map(\.isClosed), [true])
    }

    func testFenceOnAListItemsFirstLine() throws {
        let source = SourceText("- ```py\n  a = 1\n    b = 2\n  ```\n")
        let fence = try XCTUnwrap(Document.parse(source).fences.first)
        XCTAssertEqual(fence.containers, [.listItem])
        XCTAssertTrue(fence.isClosed)
        XCTAssertEqual(fence.lines.map(\.text), ["a = 1", "  b = 2"])
        XCTAssertEqual(fence.lines.map { source.slice($0.range) }, ["a = 1", "  b = 2"])
        XCTAssertEqual(
            fence.lines.map { source.lineTable.location(of: $0.range.lowerBound) },
            [
                SourceLocation(line: 2, column: 3), SourceLocation(line: 3, column: 3),
            ])
        XCTAssertEqual(source.slice(fence.range), "```py\n  a = 1\n    b = 2\n  ```")
    }

    func testIndentedCodeStartingWithBackticksIsNotAFence() {
        let document = Document.parse(SourceText("    ```py\n    x\n"))
        XCTAssertEqual(document.fences, [])
        XCTAssertEqual(document.blocks.count, 1)
    }

    func testInfoStringAndLanguage() {
        let found = fences("``` python  title=\"a b\"\n```\n~~~\n~~~\n```py{.x}\n```\n")
        XCTAssertEqual(found.map(\.info), ["python  title=\"a b\"", "", "py{.x}"])
        XCTAssertEqual(found.map(\.language), ["python", nil, "py{.x}"])
        XCTAssertEqual(found.map(\.fenceCharacter), [.backtick, .tilde, .backtick])
    }
}
