import Foundation
import XCTest
@testable import NotesCheck

/// Positions of every byte of a file with CRLF, a lone CR, tabs, accents, combining marks, CJK
/// and emoji, against `Goldens/LineTable/expected.json`, which Python computed from its own
/// string model (`python3 Tests/NotesCheckTests/Goldens/LineTable/make_expected.py`).
final class LineTableTests: XCTestCase {
    private struct Expected: Decodable {
        var byteCount: Int
        /// For each byte offset (and the end): line, code-point column, 0-based line, UTF-16 column.
        var positions: [[Int]]
    }

    private func load() throws -> (SourceText, Expected) {
        let bytes = try Golden.fixture("LineTable/mixed.txt")
        let url = Golden.testsDirectory.appendingPathComponent("Goldens/LineTable/expected.json")
        let expected = try JSONDecoder().decode(Expected.self, from: try Data(contentsOf: url))
        return (try XCTUnwrap(SourceText(bytes: bytes)), expected)
    }

    func testEveryByteOffsetMatchesPython() throws {
        let (source, expected) = try load()
        XCTAssertEqual(source.bytes.count, expected.byteCount)
        XCTAssertEqual(expected.positions.count, source.bytes.count + 1)
        for (offset, position) in expected.positions.enumerated() {
            let location = source.lineTable.location(of: offset)
            let utf16 = source.lineTable.utf16Position(of: offset)
            XCTAssertEqual([location.line, location.column, utf16.line, utf16.character], position, "offset \(offset)")
        }
    }

    func testCharacterStartsRoundTrip() throws {
        let (source, _) = try load()
        let table = source.lineTable
        var checked = 0
        for offset in 0...source.bytes.count {
            let isCharacterStart = offset == source.bytes.count || !LineTable.isContinuation(source.bytes[offset])
            let content = try XCTUnwrap(table.contentRange(ofLineIndex: table.lineIndex(of: offset)))
            guard isCharacterStart, offset <= content.upperBound else { continue }
            XCTAssertEqual(table.offset(of: table.location(of: offset)), offset, "offset \(offset)")
            XCTAssertEqual(table.offset(of: table.utf16Position(of: offset)), offset, "offset \(offset)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 90)
    }

    func testLineEndingsAreLFCRLFAndLoneCR() {
        let table = SourceText("a\r\nb\rc\nd").lineTable
        XCTAssertEqual(table.lineStarts, [0, 3, 5, 7])
        XCTAssertEqual(table.contentEnds, [1, 4, 6, 8])
    }

    /// Python's `utf-8-sig` codec drops the mark the same way.
    func testByteOrderMarkIsNotPartOfTheFirstLine() throws {
        let source = try XCTUnwrap(SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("```py\nx\n```\n".utf8)))
        XCTAssertEqual(source.lineTable.location(of: 3), SourceLocation(line: 1, column: 1))
        XCTAssertEqual(source.lineTable.location(of: 0), SourceLocation(line: 1, column: 1))
        XCTAssertEqual(source.lineTable.offset(of: SourceLocation(line: 1, column: 1)), 3)
        let fence = try XCTUnwrap(Document.parse(source).fences.first)
        XCTAssertEqual(fence.range, 3..<14, "from the opening fence to the end of the closing one")
        XCTAssertEqual(fence.language, "py")
    }

    func testEmptyFileHasOneEmptyLine() {
        let table = SourceText("").lineTable
        XCTAssertEqual(table.lineCount, 1)
        XCTAssertEqual(table.location(of: 0), SourceLocation(line: 1, column: 1))
        XCTAssertEqual(table.offset(of: SourceLocation(line: 1, column: 1)), 0)
    }

    func testConversionsBackClampAndReject() {
        let table = SourceText("ab\n🐍x\n").lineTable
        XCTAssertEqual(table.offset(of: SourceLocation(line: 1, column: 40)), 2, "a column past the end clamps")
        XCTAssertNil(table.offset(of: SourceLocation(line: 4, column: 1)), "no fourth line")
        XCTAssertNil(table.offset(of: SourceLocation(line: 1, column: 0)))
        XCTAssertEqual(
            table.offset(of: UTF16Position(line: 1, character: 1)), 3, "inside a surrogate pair: the character")
        XCTAssertEqual(table.offset(of: UTF16Position(line: 1, character: 2)), 7)
        XCTAssertNil(table.offset(of: UTF16Position(line: 1, character: -1)))
    }

    func testInvalidUTF8IsRejectedWithItsOffset() {
        let bytes: [UInt8] = Array("ok\n".utf8) + [0xC3, 0x28]
        XCTAssertNil(SourceText(bytes: bytes))
        XCTAssertEqual(SourceText.firstInvalidUTF8Offset(in: bytes), 3)
        XCTAssertNil(SourceText.firstInvalidUTF8Offset(in: Array("é🐍".utf8)))
    }
}
