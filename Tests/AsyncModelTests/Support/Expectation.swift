import AsyncModel
import Foundation
import XCTest

/// What CPython 3.11 printed for a scenario's Python twin: `Scenarios/NAME.expected.json`, recorded by
/// `tools/golden/rerun-asyncmodel-scenarios.sh` (never written by hand).
struct Expectation: Decodable {
    let stdout: [String]
    let virtualSeconds: Double?
    let exception: String?
    let stderr: [String]

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

    static func load(_ name: String) throws -> Expectation {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(name).expected.json"))
        return try JSONDecoder().decode(Expectation.self, from: data)
    }
}

extension XCTestCase {
    /// Compares a scenario's printed lines and virtual seconds with what CPython printed for its twin.
    func assertMatchesCPython(
        _ scenario: Scenario, _ name: String, extraLines: [String] = [],
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let expected = try Expectation.load(name)
        XCTAssertEqual((scenario.lines + extraLines).joined(separator: "\n"), expected.stdout.joined(separator: "\n"),
                       "printed lines of \(name)", file: file, line: line)
        if let seconds = expected.virtualSeconds {
            XCTAssertEqual(scenario.run.virtualSeconds, seconds, accuracy: 1e-9, "virtual seconds of \(name)",
                           file: file, line: line)
        }
    }
}
