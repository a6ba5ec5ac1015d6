import Foundation
import XCTest
@testable import PyModel

/// Runs every program of `Differential/` through the interpreter and compares stdout, the uncaught exception,
/// the virtual seconds and stderr (tracebacks, asyncio's logs) with the golden CPython 3.11 recorded beside it
/// (`tools/golden/record.py`). Both name the program by its file name and the standard library's folder `<stdlib>`.
final class DifferentialTests: XCTestCase {
    struct Golden: Decodable {
        let stdout: [String]
        let exception: String?
        let virtualSeconds: Double?
        let stderr: [String]
    }

    /// Programs the model is known to get wrong, with the reason. Each must still differ: when one starts to
    /// match, the test fails until it is removed from this list.
    static let knownDifferences: [String: String] = [:]

    /// Programs whose stderr alone is known to differ, with the reason (stdout, exception and time must still
    /// match). Each must still differ: when one starts to match, the test fails until it is removed.
    /// (The model warns for a call statement's unawaited coroutine, freed at once; these free theirs later.)
    static let knownStderrDifferences: [String: String] = [
        "114-run-inside-running-loop.py": "'coroutine ... was never awaited' comes when CPython's reference count frees the coroutine",
        "139-new-event-loop-run-until-complete.py": "'coroutine ... was never awaited' comes when CPython's reference count frees the coroutine",
    ]

    /// `Differential/`, or the folder `DIFFERENTIAL_FOLDER` names (programs recorded there with
    /// `record.py --write FOLDER`, to try the model on new programs before adding them).
    static var folder: URL {
        if let other = ProcessInfo.processInfo.environment["DIFFERENTIAL_FOLDER"] { return URL(fileURLWithPath: other) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Differential")
    }

    /// Compares one program with its golden; returns a description of every difference.
    static func differences(program: URL) throws -> [String] {
        let source = try String(contentsOf: program, encoding: .utf8)
        let goldenURL = program.deletingPathExtension().appendingPathExtension("json")
        let golden = try JSONDecoder().decode(Golden.self, from: try Data(contentsOf: goldenURL))
        let interpreter = Interpreter(budgets: Budgets(instructions: 50_000_000), fileName: program.lastPathComponent)
        var stdout: [String] = []
        var exception: String?
        var seconds: Double?
        var stderr: [String] = []
        switch Interpreter.compile(source, firstLine: 1) {
        case .failure(let e):
            exception = e.message
            stderr = e.report(source: source, fileName: program.lastPathComponent)
        case .success(let code):
            let r = interpreter.run(code)
            stdout = r.stdout
            stderr = r.stderr
            seconds = r.virtualSeconds
            switch r.outcome {
            case .completed: break
            case .exception(let text, _): exception = text
            case .unsupported(let what, let line): exception = "<unsupported \(what) at line \(line)>"
            case .budget(let kind, let line): exception = "<budget \(kind.rawValue) at line \(line)>"
            case .internalError(let m): exception = "<internal error \(m)>"
            }
        }
        var diffs: [String] = []
        if stdout != golden.stdout {
            let n = max(stdout.count, golden.stdout.count)
            for i in 0..<n {
                let got = i < stdout.count ? stdout[i] : "<none>"
                let want = i < golden.stdout.count ? golden.stdout[i] : "<none>"
                if got != want {
                    diffs.append("stdout line \(i + 1): got \(got.debugDescription), want \(want.debugDescription)")
                    break
                }
            }
        }
        if exception != golden.exception {
            diffs.append("exception: got \(exception ?? "none"), want \(golden.exception ?? "none")")
        }
        if stderr != golden.stderr {
            let n = max(stderr.count, golden.stderr.count)
            for i in 0..<n {
                let got = i < stderr.count ? stderr[i] : "<none>"
                let want = i < golden.stderr.count ? golden.stderr[i] : "<none>"
                if got != want {
                    diffs.append("stderr line \(i + 1): got \(got.debugDescription), want \(want.debugDescription)")
                    break
                }
            }
        }
        switch (seconds, golden.virtualSeconds) {
        case (nil, nil): break
        case (let g?, let w?) where abs(g - w) <= 1e-6: break
        default: diffs.append("virtualSeconds: got \(seconds.map { "\($0)" } ?? "nil"), want \(golden.virtualSeconds.map { "\($0)" } ?? "nil")")
        }
        return diffs
    }

    func testEveryProgramMatchesCPython() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "py" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let only = ProcessInfo.processInfo.environment["DIFFERENTIAL_ONLY"]
        var passed = 0
        var report: [String] = []
        var known: [String] = []
        for file in files where only.map({ file.lastPathComponent.hasPrefix($0) }) ?? true {
            let name = file.lastPathComponent
            var diffs = try Self.differences(program: file)
            if let reason = Self.knownStderrDifferences[name] {
                let stderrDiffs = diffs.filter { $0.hasPrefix("stderr") }
                if stderrDiffs.isEmpty {
                    report.append("\(name): stderr matches CPython now: remove it from knownStderrDifferences")
                } else {
                    known.append("\(name) (stderr known: \(reason))")
                }
                diffs.removeAll { $0.hasPrefix("stderr") }
            }
            if let reason = Self.knownDifferences[name] {
                if diffs.isEmpty {
                    report.append("\(name) matches CPython now: remove it from knownDifferences")
                } else {
                    known.append("\(name) (known: \(reason))")
                }
            } else if diffs.isEmpty {
                passed += 1
            } else {
                report.append("\(name): " + diffs.joined(separator: "; "))
            }
        }
        for line in known { print("  " + line) }
        let total = only == nil ? files.count : passed + report.count
        print("Differential: \(passed)/\(total) programs match CPython")
        for line in report { print("  " + line) }
        XCTAssertTrue(report.isEmpty, "\(report.count) of \(total) programs differ from CPython:\n" + report.joined(separator: "\n"))
    }
}
