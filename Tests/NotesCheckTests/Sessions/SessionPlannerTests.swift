import Foundation
import XCTest
@testable import NotesCheck

/// The session rules, checked against CPython: every labelled fixture note's gold records, for each python
/// fence, the `entry` that `tools/golden/record.py` used when it ran the fence on CPython 3.11.
final class SessionPlannerTests: XCTestCase {
    struct Gold: Decodable {
        struct Snippet: Decodable {
            let startLine: Int
            let entry: String
        }
        let snippets: [Snippet]
    }

    func testEntriesAgreeWithTheCPythonRecorder() throws {
        let root = Golden.testsDirectory.appendingPathComponent("Fixtures/Notes")
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        XCTAssertGreaterThan(files.count, 20)
        var compared = 0
        for file in files {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: root.appendingPathComponent(file)))
            let notes = root.appendingPathComponent(String(file.dropLast(".gold.json".count)) + ".md")
            guard let source = SourceText(bytes: [UInt8](try Data(contentsOf: notes))) else { continue }
            let document = Document.parse(source)
            let fences = document.fences.filter(SnippetRule.isSnippet)
            let codes = fences.map { fence in
                FenceCode(source: fence.content, firstLine: fence.lines.first.map { source.lineTable.location(of: $0.range.lowerBound).line } ?? 1)
            }
            let plans = SessionPlanner.plan(codes)
            let planned = zip(fences, plans).map { (source.lineTable.location(of: $0.0.range.lowerBound).line, $0.1.entry.rawValue) }
            for snippet in gold.snippets {
                guard let ours = planned.first(where: { abs($0.0 - snippet.startLine) <= 1 }) else {
                    XCTFail("\(file): no snippet at line \(snippet.startLine)")
                    continue
                }
                XCTAssertEqual(ours.1, snippet.entry, "\(file): fence at line \(snippet.startLine)")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 40)
    }
}
