import XCTest
@testable import NotesCheck

/// The dump of each fixture's `Document` against its golden. Columns in the goldens are
/// checked independently by `Goldens/Markdown/test_markdown_dumps.py` (Python's own code-point indexing).
final class DocumentGoldenTests: XCTestCase {
    static let fixtures = ["fences", "containers", "inline", "unicode", "unclosed", "empty", "no-snippets"]

    func testFixtureDumps() throws {
        for name in Self.fixtures {
            let source = try XCTUnwrap(SourceText(bytes: try Golden.fixture("Markdown/\(name).md")))
            Golden.assertMatches(Document.parse(source).dump(), golden: "Markdown/\(name).txt")
        }
    }

    /// The same fixtures with CRLF line endings: the same lines and columns; only the source of
    /// break spaces (`\r\n`) differs.
    func testCRLFDumps() throws {
        for name in ["containers", "inline", "unicode", "unclosed"] {
            let lf = try Golden.fixture("Markdown/\(name).md")
            let crlf = String(decoding: lf, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
            let source = SourceText(crlf)
            Golden.assertMatches(Document.parse(source).dump(), golden: "Markdown/\(name).crlf.txt")
        }
    }

    func testUserNotesDump() throws {
        let url = Golden.repositoryRoot.appendingPathComponent("notes/async-python.md")
        let source = try XCTUnwrap(SourceText(bytes: [UInt8](try Data(contentsOf: url))))
        Golden.assertMatches(Document.parse(source).dump(), golden: "Markdown/async-python.txt")
    }
}
