import Foundation
import XCTest
@testable import NotesCheck

/// The JSON report and the text renderer, fed by an engine stub through the `CheckEngine` seam.
final class ReportTests: XCTestCase {
    /// Reports fixed results: what a real engine would return for the unicode fixture.
    private struct StubEngine: CheckEngine {
        func check(_ document: Document, fileName: String) -> EngineResult {
            let source = document.source
            let fences = document.fences
            let prose = document.proseBlocks[1]
            let emoji = prose.codeSpans[0].range.upperBound..<prose.range.upperBound
            let phrase = prose.sourceRange(ofTextRange: 0..<8) ?? 0..<0
            let tabLine = fences[0].lines[1].range
            return EngineResult(
                snippets: [
                    SnippetResult(
                        fence: fences[0], status: .ran, entry: .own, stdout: ["héllo 🌍", fileName],
                        virtualSeconds: 5.0, exception: nil,
                        tasks: [TaskRecord(name: "Task-1", coroutine: "main", created: 0, finished: 5.0)]),
                    SnippetResult(
                        fence: fences[1], status: .fragment, entry: .none,
                        exception: "NameError: name 'x' is not defined",
                        tasks: [TaskRecord(name: "Task-2", coroutine: "worker", created: 0.25, finished: nil)]),
                ],
                claims: [
                    ClaimResult(
                        range: phrase, text: source.slice(phrase), kind: .output, verdict: .confirmed,
                        evidence: "printed"),
                    ClaimResult(
                        range: emoji, text: source.slice(emoji), kind: .ordering, verdict: .contradicted,
                        evidence: "x first"),
                    ClaimResult(range: tabLine, text: "tab", kind: .api, verdict: .unverifiable, evidence: "no probe"),
                ],
                diagnostics: [
                    Diagnostic(
                        code: "claim-contradicted", severity: .error, message: "the emoji are printed after `x`",
                        range: emoji,
                        fix: Fix(
                            message: "say after", edits: [TextEdit(range: emoji, replacement: "after")],
                            applicability: .displayOnly)),
                    Diagnostic(
                        code: "tab-indent", severity: .warning, message: "a tab indents this line", range: tabLine),
                    Diagnostic(
                        code: "whole-snippet", severity: .information, message: "a multi-line range",
                        range: fences[0].range),
                ],
                sentenceCount: 3)
        }
    }

    private func unicodeCheck(engine: any CheckEngine = StubEngine()) throws -> FileCheck {
        let source = try XCTUnwrap(SourceText(bytes: try Golden.fixture("Markdown/unicode.md")))
        return NotesChecker(engine: engine).check(source: source, path: "fixtures/unicode.md")
    }

    func testJSONReportGolden() throws {
        Golden.assertMatches(
            JSONRenderer.render(JSONReport(files: [try unicodeCheck()])), golden: "Reports/unicode.json")
    }

    func testTextReportGolden() throws {
        Golden.assertMatches(TextRenderer.render([try unicodeCheck()]), golden: "Reports/unicode.txt")
    }

    /// Every field DESIGN.md's contract names is present with its JSON type, nulls included.
    func testJSONCarriesEveryContractField() throws {
        let json = JSONRenderer.render(JSONReport(files: [try unicodeCheck()]))
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(root["version"] as? Int, 1)
        let tool = try XCTUnwrap(root["tool"] as? [String: Any])
        XCTAssertEqual(tool["name"] as? String, "notescheck")
        XCTAssertEqual(tool["version"] as? String, NotesCheckInfo.toolVersion)
        let summary = try XCTUnwrap(root["summary"] as? [String: Int])
        XCTAssertEqual(
            summary,
            [
                "files": 1, "snippets": 2, "sentences": 3, "claims": 3, "confirmed": 1, "contradicted": 1,
                "unverifiable": 1,
            ])
        let file = try XCTUnwrap((root["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(file["path"] as? String, "fixtures/unicode.md")
        let snippets = try XCTUnwrap(file["snippets"] as? [[String: Any]])
        for key in ["range", "status", "entry", "stdout", "virtualSeconds", "exception", "tasks"] {
            XCTAssertTrue(snippets.allSatisfy { $0.keys.contains(key) }, key)
        }
        XCTAssertTrue(snippets[0]["exception"] is NSNull)
        XCTAssertTrue(snippets[1]["virtualSeconds"] is NSNull)
        let task = try XCTUnwrap((snippets[1]["tasks"] as? [[String: Any]])?.first)
        XCTAssertTrue(task["finished"] is NSNull)
        let range = try XCTUnwrap(snippets[0]["range"] as? [String: [String: Int]])
        XCTAssertEqual(range["start"], ["line": 6, "column": 1])
        XCTAssertEqual(range["end"], ["line": 9, "column": 3], "end is the last character, inclusive")
        for (key, fields) in [
            ("claims", ["range", "text", "kind", "verdict", "evidence"]),
            ("diagnostics", ["range", "severity", "code", "message"]),
        ] {
            let entries = try XCTUnwrap(file[key] as? [[String: Any]])
            XCTAssertEqual(entries.count, 3)
            for field in fields { XCTAssertTrue(entries.allSatisfy { $0.keys.contains(field) }, "\(key).\(field)") }
        }
    }

    func testJSONRoundTripsAndIsStable() throws {
        let report = JSONReport(files: [try unicodeCheck()])
        let json = JSONRenderer.render(report)
        XCTAssertEqual(try JSONDecoder().decode(JSONReport.self, from: Data(json.utf8)), report)
        XCTAssertEqual(JSONRenderer.render(JSONReport(files: [try unicodeCheck()])), json)
    }

    func testSkippingEngineListsPythonFencesOnly() throws {
        let check = try unicodeCheck(engine: SkippingEngine())
        XCTAssertEqual(check.snippets.map(\.status), [.skipped, .skipped])
        XCTAssertEqual(check.snippets.map(\.entry), [.none, .none])
        let document = Document.parse(SourceText("```pycon\n>>> 1\n```\n\n```Python\nx\n```\n\n~~~ py3\n~~~\n"))
        XCTAssertEqual(SkippingEngine().check(document, fileName: "x.md").snippets.map(\.fence.language), ["Python"])
    }

    func testEmptyRangeEndsWhereItStarts() {
        let table = SourceText("ab\ncd").lineTable
        let range = JSONReport.Range(4..<4, in: table)
        XCTAssertEqual(range.start, JSONReport.Position(line: 2, column: 2))
        XCTAssertEqual(range.end, range.start)
    }
}
