import XCTest
@testable import NotesCheck

/// The report of transcripts in Markdown, with each prompt's output replayed from doctest's own run
/// (runs.json): a diagnostic exactly where doctest fails an example, at its want lines in the file.
final class TranscriptReportTests: XCTestCase {
    private func document(_ markdown: String) -> Document {
        Document.parse(SourceText(markdown))
    }

    func testVerdictsAndPositionsFollowDoctest() throws {
        let runs = try TranscriptGoldens.runs()
        var failures = 0
        for (name, outcomes) in runs.sorted(by: { $0.key < $1.key }) {
            let text = try TranscriptGoldens.text(ofCase: name)
            let document = document("# \(name)\n\n```pycon\n" + text + "```\n")
            let fence = try XCTUnwrap(document.fences.first)
            XCTAssertTrue(TranscriptCheck.isTranscript(fence))
            let examples = try TranscriptParser.parse(text).get()
            let runner = RecordedRunner(outcomes)
            let result = TranscriptCheck.check(fence: fence, document: document, runner: runner)
            XCTAssertEqual(runner.sources.map(\.0), examples.map(\.source), name)
            XCTAssertEqual(runner.sources.map(\.1), examples.map { $0.line + 4 }, "\(name): prompts keep their file lines")
            XCTAssertEqual(result.snippet.status, .ran, name)
            XCTAssertEqual(result.snippet.entry, SnippetEntry.none, name)
            let failing = zip(examples, outcomes).filter { !$0.1.passed }.map(\.0)
            failures += failing.count
            let expectedLines = failing.map { $0.line + 4 + ($0.wantLineCount > 0 ? $0.sourceLineCount : 0) }
            let table = document.source.lineTable
            XCTAssertEqual(result.diagnostics.map { table.location(of: $0.range.lowerBound).line }, expectedLines, name)
            XCTAssertEqual(Set(result.diagnostics.map(\.code)).subtracting(["output-mismatch"]), [], name)
            XCTAssertEqual(result.claims.filter { $0.verdict == .contradicted }.count, failing.count, name)
            let confirmed = zip(examples, outcomes).filter { $0.1.passed && !$0.0.want.isEmpty }.count
            XCTAssertEqual(result.claims.filter { $0.verdict == .confirmed }.count, confirmed, name)
        }
        XCTAssertGreaterThanOrEqual(failures, 20)
    }

    func testAWantInsideAListItemIsUnderlinedAtItsFileColumns() throws {
        let name = "13-wrong-want.pycon"
        let text = try TranscriptGoldens.text(ofCase: name)
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }
        let document = document("- an item\n\n  ```pycon\n" + indented.joined(separator: "\n") + "  ```\n")
        let fence = try XCTUnwrap(document.fences.first)
        let outcomes = try XCTUnwrap(try TranscriptGoldens.runs()[name])
        let result = TranscriptCheck.check(fence: fence, document: document, runner: RecordedRunner(outcomes))
        let table = document.source.lineTable
        let first = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(table.location(of: first.range.lowerBound), SourceLocation(line: 5, column: 3))
        XCTAssertEqual(document.source.slice(first.range), "5")
    }

    func testFixesShowWhatDoctestPrinted() throws {
        let runs = try TranscriptGoldens.runs()
        var fixed = 0
        for name in ["10-indented-transcript.pycon", "11-trailing-whitespace.pycon", "13-wrong-want.pycon", "32-want-indented-deeper.pycon"] {
            let outcomes = try XCTUnwrap(runs[name])
            let text = try TranscriptGoldens.text(ofCase: name)
            let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "> " + $0 }
            let markdown = "> ```pycon\n" + indented.joined(separator: "\n") + "> ```\n"
            let before = document(markdown)
            let result = TranscriptCheck.check(fence: try XCTUnwrap(before.fences.first), document: before, runner: RecordedRunner(outcomes))
            let edits = result.diagnostics.compactMap(\.fix).flatMap(\.edits).sorted { $0.range.lowerBound > $1.range.lowerBound }
            fixed += edits.count
            var bytes = before.source.bytes
            for edit in edits { bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8)) }
            let after = document(String(decoding: bytes, as: UTF8.self))
            let recheck = TranscriptCheck.check(fence: try XCTUnwrap(after.fences.first), document: after, runner: RecordedRunner(outcomes))
            XCTAssertEqual(recheck.diagnostics.filter { $0.fix != nil }, [], name)
            XCTAssertEqual(recheck.diagnostics.count, result.diagnostics.count - edits.count, name)
        }
        XCTAssertGreaterThanOrEqual(fixed, 5)
    }

    func testARefusedTranscriptIsReportedAtItsLineAndNotRun() throws {
        let name = "27-missing-blank-after-prompt.pycon"
        let text = try TranscriptGoldens.text(ofCase: name)
        let golden = try XCTUnwrap(try TranscriptGoldens.parsed()[name]?.error?.line)
        let document = document("```python\n" + text + "```\n")
        let fence = try XCTUnwrap(document.fences.first)
        let runner = RecordedRunner([])
        let result = TranscriptCheck.check(fence: fence, document: document, runner: runner)
        XCTAssertTrue(runner.sources.isEmpty)
        XCTAssertEqual(result.snippet.status, .fragment)
        XCTAssertEqual(result.diagnostics.map(\.code), ["transcript-invalid"])
        let diagnostic = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(document.source.lineTable.location(of: diagnostic.range.lowerBound).line, golden + 1)
    }

    func testPromptsAfterOneTheModelCannotRunAreUnverifiable() throws {
        let name = "02-prints.pycon"
        let document = document("```pycon\n" + (try TranscriptGoldens.text(ofCase: name)) + "```\n")
        let fence = try XCTUnwrap(document.fences.first)
        let runner = StoppingRunner()
        let result = TranscriptCheck.check(fence: fence, document: document, runner: runner)
        XCTAssertEqual(runner.calls, 1)
        XCTAssertEqual(result.snippet.status, .unsupported)
        XCTAssertEqual(result.claims.map(\.verdict), [.unverifiable, .unverifiable, .unverifiable])
        XCTAssertTrue(result.diagnostics.isEmpty)
    }

    func testOnlyTranscriptFencesAreTranscripts() {
        let document = document("```PyCon\n1\n```\n\n```py\n\n  >>> x\n```\n\n```python\nx = 1  # >>> \n```\n\n```text\n>>> 1\n```\n")
        XCTAssertEqual(document.fences.map(TranscriptCheck.isTranscript), [true, true, false, false])
    }
}

private final class StoppingRunner: TranscriptRunner {
    var calls = 0

    func run(_ source: String, firstLine: Int) -> ExampleRun {
        calls += 1
        return ExampleRun(printed: "", outcome: .notRun(.unsupported, reason: "a construct the model lacks"))
    }
}
