import BigInt
import XCTest
@testable import PyModel

final class NumericTests: XCTestCase {
    private struct Case: Decodable {
        let op: String
        let args: [String]
        let out: String?
        let err: [String]?
    }

    /// round(), hash(float), float //, %, divmod, /, **, int / int, int //, %, divmod, float(int), int(float), int(str, base) and
    /// float(str) agree with CPython on fixed edge cases and random operands, errors included.
    func testNumericOperationsMatchCPython() throws {
        let cases = try RuntimeGoldens.cases("numeric", as: Case.self)
        var mismatches: [String] = []
        for c in cases {
            guard let expected = RuntimeGoldens.outcome(out: c.out, err: c.err) else {
                XCTFail("malformed case \(c)")
                continue
            }
            let got = Result { () throws(PyFailure) in try Self.run(c.op, c.args) }
            if got != expected { mismatches.append("\(c.op)\(c.args.map { String($0.prefix(60)) }): got \(got), CPython \(expected)") }
        }
        XCTAssertEqual(mismatches.count, 0, "\(mismatches.count) of \(cases.count) differ:\n"
            + mismatches.prefix(40).joined(separator: "\n"))
    }

    private static func run(_ op: String, _ args: [String]) throws(PyFailure) -> String {
        let x = args.first.flatMap(RuntimeGoldens.double(bits:)) ?? .nan
        let y = args.count > 1 ? RuntimeGoldens.double(bits: args[1]) ?? .nan : .nan
        let a = args.first.flatMap { BigInt($0) } ?? 0
        let b = args.count > 1 ? BigInt(args[1]) ?? 0 : 0
        switch op {
        case "round_float": return hex(try PyRound.round(x))
        case "round_float_ndigits": return bits(try PyRound.round(x, ndigits: Int(args[1]) ?? 0))
        case "round_int": return hex(PyRound.round(a, ndigits: Int(args[1]) ?? 0))
        case "float_to_int": return hex(try FloatToInt.truncate(x))
        case "float_hash": return PyHash.float(x).map { hex(BigInt($0)) } ?? "nan"
        case "int_to_float": return bits(try IntToFloat.convert(a))
        case "float_floordiv": return bits(try FloatArithmetic.floorDivide(x, y))
        case "float_mod": return bits(try FloatArithmetic.modulo(x, y))
        case "float_divmod":
            let (q, r) = try FloatArithmetic.divmod(x, y)
            return bits(q) + "," + bits(r)
        case "float_div": return bits(try FloatArithmetic.divide(x, y))
        case "float_pow":
            switch try FloatArithmetic.power(x, y) {
            case .real(let value): return bits(value)
            case .complex: return "complex"
            }
        case "int_truediv": return bits(try IntTrueDivision.divide(a, b))
        case "int_floordiv": return hex(try PyIntArithmetic.floorDivide(a, b))
        case "int_mod": return hex(try PyIntArithmetic.modulo(a, b))
        case "int_divmod":
            let (q, r) = try PyIntArithmetic.divmod(a, b)
            return hex(q) + "," + hex(r)
        case "int_str":
            let text = args[0]
            let magnitude = BigInt(text.drop(while: { $0 == "-" }).dropFirst(2), radix: 16) ?? 0
            return try IntToString.decimal(text.hasPrefix("-") ? -magnitude : magnitude)
        case "int_parse": return hex(try IntParsing.parse(args[0], base: Int(args[1]) ?? 10))
        case "float_parse": return bits(try FloatParsing.parse(args[0]))
        default: return "unknown operation \(op)"
        }
    }

    private static func bits(_ x: Double) -> String {
        let hex = String(x.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Python's `hex(n)`.
    private static func hex(_ n: BigInt) -> String {
        (n.sign == .minus && n != 0 ? "-0x" : "0x") + String(n.magnitude, radix: 16)
    }
}
