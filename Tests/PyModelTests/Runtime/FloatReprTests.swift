import XCTest
@testable import PyModel

final class FloatReprTests: XCTestCase {
    /// repr() and str() of thousands of doubles (fixed edge cases and random bit patterns) agree with CPython.
    func testReprMatchesCPython() throws {
        let cases = try RuntimeGoldens.cases("float_repr", as: [String].self)
        var mismatches: [String] = []
        for c in cases {
            guard c.count == 3, let x = RuntimeGoldens.double(bits: c[0]) else {
                XCTFail("malformed case \(c)")
                continue
            }
            let got = FloatToString.repr(x)
            if got != c[1] { mismatches.append("\(c[0]): got \(got), CPython \(c[1])") }
            if got != c[2] { mismatches.append("\(c[0]) str: got \(got), CPython \(c[2])") }
        }
        XCTAssertEqual(mismatches, [], "\(mismatches.count) of \(cases.count) differ")
    }
}
