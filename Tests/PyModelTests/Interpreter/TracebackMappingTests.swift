import Foundation
import XCTest
@testable import PyModel

/// Tracebacks of a fence name the notes file and its Markdown lines: a differential program run as a fence that
/// starts on line 40 of `notes.md` writes CPython's stderr golden with the file renamed and the program's lines
/// moved down by 39 (the goldens are CPython's; the mapping is the only change).
final class TracebackMappingTests: XCTestCase {
    private struct Golden: Decodable {
        let stderr: [String]
    }

    private static let firstLine = 40

    private func expected(_ golden: [String], program: String) throws -> [String] {
        let pattern = try NSRegularExpression(pattern: "File \"\(NSRegularExpression.escapedPattern(for: program))\", line ([0-9]+)")
        return golden.map { line in
            let ns = line as NSString
            guard let match = pattern.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)),
                  let number = Int(ns.substring(with: match.range(at: 1))) else { return line }
            return ns.replacingCharacters(in: match.range, with: "File \"notes.md\", line \(number + Self.firstLine - 1)")
        }
    }

    func testFencesReportTheirTracebacksAtMarkdownLines() throws {
        let programs = ["159-traceback-markers", "161-traceback-during-handling", "162-traceback-taskgroup-nested",
                        "156-match-unreachable-capture"]
        for name in programs {
            let program = DifferentialTests.folder.appendingPathComponent(name + ".py")
            let source = try String(contentsOf: program, encoding: .utf8)
            let golden = try JSONDecoder().decode(
                Golden.self, from: Data(contentsOf: program.deletingPathExtension().appendingPathExtension("json")))
            XCTAssertFalse(golden.stderr.isEmpty, name)
            let stderr: [String]
            switch Interpreter.compile(source, firstLine: Self.firstLine) {
            case .failure(let error):
                stderr = error.report(source: source, firstLine: Self.firstLine, fileName: "notes.md")
            case .success(let code):
                stderr = Interpreter(fileName: "notes.md").run(code).stderr
            }
            XCTAssertEqual(stderr, try expected(golden.stderr, program: program.lastPathComponent), name)
        }
    }

    func testCheckerCodeStaysOutOfTracebacks() throws {
        let interpreter = Interpreter(fileName: "notes.md")
        guard case .success(let fence) = Interpreter.compile("async def main():\n    raise KeyError('k')\n", firstLine: 7),
              case .success(let entry) = Interpreter.compile("import asyncio\nasyncio.run(main())\n", firstLine: 7,
                                                             showsInTracebacks: false) else {
            return XCTFail("the code does not compile")
        }
        _ = interpreter.run(fence)
        let stderr = interpreter.run(entry).stderr
        XCTAssertEqual(stderr.first, "Traceback (most recent call last):")
        XCTAssertFalse(stderr.contains { $0.contains("<module>") }, "\(stderr)")
        XCTAssertTrue(stderr.contains("  File \"notes.md\", line 8, in main"), "\(stderr)")
    }
}
