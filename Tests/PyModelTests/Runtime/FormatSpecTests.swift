import BigInt
import XCTest
@testable import PyModel

final class FormatSpecTests: XCTestCase {
    private struct Case: Decodable {
        let kind: String
        let value: String
        let spec: String
        let out: String?
        let err: [String]?
    }

    /// format(value, spec) for ints, floats and strs over fixed and random specs, including every
    /// error CPython raises, agrees with CPython.
    func testFormatMatchesCPython() throws {
        let cases = try RuntimeGoldens.cases("format_spec", as: Case.self)
        var mismatches: [String] = []
        for c in cases {
            let got: Result<String, PyFailure>
            switch c.kind {
            case "int":
                guard let value = BigInt(c.value) else { XCTFail("bad int \(c.value)"); continue }
                got = Result { () throws(PyFailure) in try FormatInt.format(value, spec: c.spec) }
            case "float":
                guard let value = RuntimeGoldens.double(bits: c.value) else { XCTFail("bad float \(c.value)"); continue }
                got = Result { () throws(PyFailure) in try FormatFloat.format(value, spec: c.spec) }
            default:
                got = Result { () throws(PyFailure) in try FormatString.format(c.value, spec: c.spec) }
            }
            guard let expected = RuntimeGoldens.outcome(out: c.out, err: c.err) else {
                XCTFail("malformed case \(c)")
                continue
            }
            if got != expected {
                mismatches.append("format(\(c.kind) \(c.value), \(c.spec.debugDescription)): got \(got), CPython \(expected)")
            }
        }
        XCTAssertEqual(mismatches.count, 0, "\(mismatches.count) of \(cases.count) differ:\n"
            + mismatches.prefix(40).joined(separator: "\n"))
    }
}
