import Foundation
import XCTest
@testable import PyModel

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

extension RuntimeGoldens {
    /// The golden's outcome: a value, or a raised exception `[type, message]`; nil when the
    /// golden holds neither or an exception type the runtime does not raise.
    static func outcome(out: String?, err: [String]?) -> Result<String, PyFailure>? {
        if let err {
            guard err.count == 2, let kind = PyFailure.Kind(rawValue: err[0]) else { return nil }
            return .failure(PyFailure(kind, err[1]))
        }
        return out.map { .success($0) }
    }
}
