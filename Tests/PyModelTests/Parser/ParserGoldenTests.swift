import Foundation
import XCTest
@testable import PyModel

/// Compares PyModel's parse of every case under `cases/` with CPython 3.11's, recorded by
/// `python3 tools/golden/dump_ast.py --regenerate` (`.ast` for valid sources, `.err` for sources
/// CPython rejects). The goldens are CPython's answers, never ours: there is no record mode here.
final class ParserGoldenTests: XCTestCase {
    private static let casesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("cases")

    private func cases(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "py" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The golden without its provenance header line.
    private func golden(_ url: URL) throws -> String {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { $0.hasPrefix("# ") }
            .joined(separator: "\n")
    }

    func testValidSourcesMatchCPythonAST() throws {
        let sources = try cases(in: Self.casesDirectory)
        XCTAssertGreaterThanOrEqual(sources.count, 60)
        for source in sources {
            let result = Parser.parse(bytes: [UInt8](try Data(contentsOf: source)))
            let expected = try golden(source.deletingPathExtension().appendingPathExtension("ast"))
            guard let module = result.module else {
                XCTFail("\(source.lastPathComponent): \(result.diagnostics.map(\.description)) at \(result.diagnostics.map(\.range))")
                continue
            }
            XCTAssertTrue(result.diagnostics.isEmpty, source.lastPathComponent)
            let actual = ASTDumper.dump(module)
            if actual != expected {
                XCTFail("\(source.lastPathComponent) differs from CPython:\n\(Self.lineDiff(expected: expected, actual: actual))")
            }
        }
    }

    func testInvalidSourcesMatchCPythonErrors() throws {
        let sources = try cases(in: Self.casesDirectory.appendingPathComponent("errors"))
        XCTAssertGreaterThanOrEqual(sources.count, 20)
        for source in sources {
            let result = Parser.parse(bytes: [UInt8](try Data(contentsOf: source)))
            let expected = try golden(source.deletingPathExtension().appendingPathExtension("err"))
            XCTAssertNil(result.module, source.lastPathComponent)
            guard let first = result.diagnostics.first else {
                XCTFail("\(source.lastPathComponent): no diagnostic, CPython says \(expected)")
                continue
            }
            XCTAssertEqual(ASTDumper.dump(first), expected, source.lastPathComponent)
        }
    }

    /// The first differing lines of two dumps, with line numbers.
    static func lineDiff(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if want != got {
                return "line \(index + 1):\n  CPython: \(want)\n  PyModel: \(got)"
            }
        }
        return "identical"
    }
}
