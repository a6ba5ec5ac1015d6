import Foundation
import XCTest
@testable import NotesCheck

/// Stated outputs beside wall-clock readings, end to end on the model: the labelled fixture's gold (from CPython,
/// `"matches": null` where the text depends on the clock) against what the engine reports for each output.
final class WallClockOutputTests: XCTestCase {
    struct Gold: Decodable {
        struct Output: Decodable {
            let line: Int
            let matches: Bool?
        }
        struct Snippet: Decodable {
            let startLine: Int
            let stdout: [String]
            let wallClock: Bool?
        }
        let snippets: [Snippet]
        let outputs: [Output]
    }

    func testClockDependentOutputsAreUnverifiableAndTheRestIsCompared() throws {
        let folder = Golden.testsDirectory.appendingPathComponent("Fixtures/Notes/real")
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent("logging-with-timestamps.gold.json")))
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("logging-with-timestamps.md")))
        let source = try XCTUnwrap(SourceText(bytes: bytes))
        let result = SessionEngine(runner: ModelRunner()).check(Document.parse(source), fileName: "logging-with-timestamps.md")
        let table = source.lineTable

        XCTAssertEqual(result.snippets.map(\.status), Array(repeating: .ran, count: gold.snippets.count))
        for (snippet, want) in zip(result.snippets, gold.snippets) where want.wallClock != true {
            XCTAssertEqual(snippet.stdout, want.stdout, "the clock-independent fence at line \(want.startLine)")
        }
        XCTAssertTrue(gold.outputs.contains { $0.matches == nil } && gold.outputs.contains { $0.matches == true })
        for output in gold.outputs {
            let claims = result.claims.filter { $0.kind == .output && table.location(of: $0.range.upperBound).line >= output.line
                && table.location(of: $0.range.lowerBound).line <= output.line }
            XCTAssertEqual(claims.count, 1, "the output stated at line \(output.line)")
            let expected: ClaimVerdict = output.matches == nil ? .unverifiable : (output.matches == true ? .confirmed : .contradicted)
            XCTAssertEqual(claims.first?.verdict, expected, "the output stated at line \(output.line)")
        }
        XCTAssertFalse(result.diagnostics.contains { $0.code == "output-mismatch" })
    }
}
