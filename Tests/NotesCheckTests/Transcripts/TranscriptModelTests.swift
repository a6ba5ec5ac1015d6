import XCTest
@testable import NotesCheck

/// Every committed transcript run on PyModel, prompt by prompt, against doctest run by CPython (runs.json): each
/// example's verdict, what it printed (object addresses read `at 0x...`) and its exception.
final class TranscriptModelTests: XCTestCase {
    /// Examples where PyModel (not the transcript machinery) still differs from CPython, with the reason; the
    /// test fails when one of them starts to agree, so the list only shrinks.
    static let knownModelDifferences: [String: String] = [:]

    func testTranscriptsRunOnTheModelAsDoctestRunsThemOnCPython() throws {
        let runs = try TranscriptGoldens.runs()
        var compared = 0
        var differences: [String] = []
        var descriptions: [String] = []
        for (name, outcomes) in runs.sorted(by: { $0.key < $1.key }) {
            let examples = try TranscriptParser.parse(try TranscriptGoldens.text(ofCase: name)).get()
            XCTAssertEqual(examples.count, outcomes.count, name)
            let runner = ModelTranscriptRunner(fileName: "notes.md")
            for (example, golden) in zip(examples, outcomes) {
                compared += 1
                let run = runner.run(example.source, firstLine: example.line + 1)
                var exception: String?
                switch run.outcome {
                case .completed: exception = nil
                case .exception(let message): exception = message
                case .notRun(let status, let reason): exception = "\(status.rawValue): \(reason)"
                }
                let passed = TranscriptChecker.passes(example, printed: run.printed, exception: exception, flags: example.flags())
                let printed = TranscriptGoldens.withoutAddresses(run.printed)
                if passed != golden.passed || printed != golden.got || exception != golden.exception {
                    differences.append("\(name) line \(golden.line + 1)")
                    descriptions.append("\(name) line \(golden.line + 1): doctest \(golden.passed ? "passes" : "fails") "
                        + "\(golden.got.debugDescription) \(golden.exception ?? "-"); the model \(passed ? "passes" : "fails") "
                        + "\(printed.debugDescription) \(exception ?? "-")")
                }
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 100)
        XCTAssertEqual(Set(differences), Set(Self.knownModelDifferences.keys),
                       "\(differences.count) of \(compared) examples differ:\n" + descriptions.joined(separator: "\n"))
    }

    func testTheEngineRoutesTranscriptFencesToTheTranscriptCheck() throws {
        let echo = try TranscriptGoldens.text(ofCase: "01-echo-expressions.pycon")
        let wrong = try TranscriptGoldens.text(ofCase: "13-wrong-want.pycon")
        let markdown = "```python\nprint('plain')\n```\n\n```python\n" + echo + "```\n\n```pycon\n" + wrong + "```\n"
        let document = Document.parse(SourceText(markdown))
        let planner = PlanRecorder()
        let result = SessionEngine(runner: planner).check(document, fileName: "notes.md")
        XCTAssertEqual(planner.sources, ["print('plain')\n"])
        XCTAssertEqual(result.snippets.map(\.fence), document.fences)
        XCTAssertEqual(result.snippets.dropFirst().map(\.entry), [SnippetEntry.none, SnippetEntry.none])
        XCTAssertEqual(result.snippets.dropFirst().map(\.status), [.ran, .ran])
        let runs = try TranscriptGoldens.runs()
        let failing = (runs["01-echo-expressions.pycon"] ?? []).filter { !$0.passed }.count
            + (runs["13-wrong-want.pycon"] ?? []).filter { !$0.passed }.count
        XCTAssertEqual(result.diagnostics.filter { $0.code == "output-mismatch" }.count, failing)
    }
}

/// A fence runner that only records what the engine planned.
private final class PlanRecorder: FenceRunner {
    var sources: [String] = []

    func run(_ plan: PlannedRun, fileName: String) -> FenceRun {
        sources.append(plan.own.source)
        return FenceRun(status: .ran, stdout: [], virtualSeconds: nil, exception: nil, tasks: [], record: RunRecord(completed: true))
    }
}
