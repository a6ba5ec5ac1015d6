import Foundation
import XCTest

/// Reads a golden file of `tools/golden/runtime/`, written by `tools/golden/runtime_cases.py` (CPython 3.11's answers).
enum RuntimeGoldens {
    private struct File<Case: Decodable>: Decodable {
        let python: String
        let cases: [Case]
    }

    static func cases<Case: Decodable>(_ section: String, as type: Case.Type = Case.self) throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("../../../tools/golden/runtime/\(section).json")
            .standardizedFileURL
        let file = try JSONDecoder().decode(File<Case>.self, from: Data(contentsOf: url))
        XCTAssertEqual(file.python, "3.11", "goldens must come from CPython 3.11")
        XCTAssertFalse(file.cases.isEmpty, "golden \(section) has no cases")
        return file.cases
    }

    /// A double from the 16-hex-digit IEEE-754 bit pattern the generator writes.
    static func double(bits: String) -> Double? {
        UInt64(bits, radix: 16).map(Double.init(bitPattern:))
    }
}
