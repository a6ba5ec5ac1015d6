import Foundation
import XCTest

/// Compares text with a committed golden file under `Tests/NotesCheckTests/Goldens/`.
///
/// `NOTESCHECK_RECORD=1 swift test --filter NotesCheckTests` rewrites the goldens and fails each
/// recording test, so nobody records by accident; look at the diff before committing.
enum Golden {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ relativePath: String) throws -> [UInt8] {
        let url = testsDirectory.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
        return [UInt8](try Data(contentsOf: url))
    }

    static func assertMatches(
        _ actual: String, golden relativePath: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let url = testsDirectory.appendingPathComponent("Goldens").appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["NOTESCHECK_RECORD"] == "1" {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                XCTFail("recorded \(relativePath); unset NOTESCHECK_RECORD and check the diff", file: file, line: line)
            } catch {
                XCTFail("could not record \(relativePath): \(error)", file: file, line: line)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("no golden \(relativePath); record it with NOTESCHECK_RECORD=1", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            XCTFail("\(relativePath) differs:\n" + lineDiff(expected: expected, actual: actual), file: file, line: line)
        }
    }

    /// The lines that differ, `-` expected and `+` actual, with their line numbers.
    static func lineDiff(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let old = index < expectedLines.count ? String(expectedLines[index]) : nil
            let new = index < actualLines.count ? String(actualLines[index]) : nil
            if old != new {
                if let old { output.append("\(index + 1) - \(old)") }
                if let new { output.append("\(index + 1) + \(new)") }
            }
        }
        return output.joined(separator: "\n")
    }
}
