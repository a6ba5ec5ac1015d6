import Foundation
import XCTest
@testable import NotesCheck

/// The command's behaviour, in-process through `CheckRun`, and once end to end through the
/// built `notescheck` binary.
final class CheckRunTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("notescheck-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private var notesPath: String { Golden.repositoryRoot.appendingPathComponent("notes/async-python.md").path }

    func testListsTheNotesSnippets() {
        let run = CheckRun(paths: [notesPath], format: .text)
        XCTAssertEqual(run.exitCode, 0)
        XCTAssertEqual(run.standardError, [])
        XCTAssertEqual(
            run.standardOutput,
            """
            \(notesPath): 2 snippets
              snippet 1: python, lines 21-46: skipped
              snippet 2: python, lines 54-57: skipped
            1 file, 2 snippets, 0 claims (0 confirmed, 0 contradicted, 0 unverifiable)

            """)
    }

    func testBadPathsAreReportedOneLineEachAndTheRestIsStillChecked() throws {
        let notUTF8 = try write("latin1.md", Array("caf".utf8) + [0xE9, 0x0A])
        let empty = try write("empty.md", [])
        let missing = directory.appendingPathComponent("missing.md").path
        let run = CheckRun(paths: [missing, directory.path, notUTF8, notesPath, empty], format: .text)
        XCTAssertEqual(run.exitCode, 2)
        XCTAssertEqual(
            run.standardError,
            [
                "notescheck: error: \(missing): no such file",
                "notescheck: error: \(directory.path): is a directory",
                "notescheck: error: \(notUTF8): is not valid UTF-8 (byte 3, line 1)",
            ])
        XCTAssertTrue(run.standardOutput.contains("\(notesPath): 2 snippets"))
        XCTAssertTrue(run.standardOutput.contains("\(empty): 0 snippets"))
        XCTAssertTrue(
            run.standardOutput.hasSuffix(
                "2 files, 2 snippets, 0 claims (0 confirmed, 0 contradicted, 0 unverifiable)\n"))
    }

    func testJSONFormatHasTheSkippedSnippets() throws {
        let run = CheckRun(paths: [notesPath], format: .json)
        let report = try JSONDecoder().decode(JSONReport.self, from: Data(run.standardOutput.utf8))
        XCTAssertEqual(report.files.map(\.path), [notesPath])
        let snippets = try XCTUnwrap(report.files.first?.snippets)
        XCTAssertEqual(snippets.map(\.range.start.line), [21, 54])
        XCTAssertEqual(snippets.map(\.range.end.line), [46, 57])
        XCTAssertEqual(snippets.map(\.status), [.skipped, .skipped])
        XCTAssertEqual(report.files.first?.claims, [])
        XCTAssertEqual(report.files.first?.diagnostics, [])
        XCTAssertEqual(report.summary.snippets, 2)
    }

    func testContradictedClaimExitsOne() throws {
        struct Contradicting: CheckEngine {
            func check(_ document: Document, fileName: String) -> EngineResult {
                EngineResult(
                    snippets: [],
                    claims: [ClaimResult(range: 0..<1, text: "#", kind: .api, verdict: .contradicted, evidence: "no")])
            }
        }
        let run = CheckRun(paths: [notesPath], format: .text, checker: NotesChecker(engine: Contradicting()))
        XCTAssertEqual(run.exitCode, 1)
    }

    /// The real executable: its stdout, stderr and exit status.
    func testBinaryEndToEnd() throws {
        // The build products directory: the test bundle's folder (Linux) or the one above it (macOS).
        let bundle = Bundle(for: Self.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("notescheck") }
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            XCTFail("no notescheck binary beside \(bundle.path): build it (`swift build`) before the tests")
            return
        }
        let process = Process()
        process.executableURL = binary
        let missing = directory.appendingPathComponent("missing.md").path
        process.arguments = ["--format", "json", notesPath, missing]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertEqual(String(decoding: errorData, as: UTF8.self), "notescheck: error: \(missing): no such file\n")
        let report = try JSONDecoder().decode(JSONReport.self, from: outputData)
        XCTAssertEqual(report.files.first?.snippets.map(\.range.start.line), [21, 54])
    }
}
