import XCTest
@testable import PyModel

final class StrMethodsTests: XCTestCase {
    private struct Case: Decodable {
        let m: String
        let s: String
        let a: [JSONValue]
        let out: JSONValue?
        let err: [String]?
    }

    /// Every str method over tricky inputs (white space kinds, line breaks, final sigma, ligatures,
    /// titlecase digraphs, non-BMP, out-of-range indices) returns CPython's result or raises its error.
    func testStrMethodsMatchCPython() throws {
        let cases = try RuntimeGoldens.cases("str_methods", as: Case.self)
        var mismatches: [String] = []
        for c in cases {
            let expected: Result<JSONValue, PyFailure>
            if let err = c.err, err.count == 2, let kind = PyFailure.Kind(rawValue: err[0]) {
                expected = .failure(PyFailure(kind, err[1]))
            } else if let out = c.out {
                expected = .success(out)
            } else {
                XCTFail("malformed case \(c)")
                continue
            }
            let got = Result { () throws(PyFailure) in try Self.call(c.m, c.s, c.a) }
            if got != expected {
                mismatches.append("\(c.s.debugDescription).\(c.m)\(c.a): got \(got), CPython \(expected)")
            }
        }
        XCTAssertEqual(mismatches.count, 0, "\(mismatches.count) of \(cases.count) differ:\n"
            + mismatches.prefix(60).joined(separator: "\n"))
    }

    private static func call(_ method: String, _ s: String, _ args: [JSONValue]) throws(PyFailure) -> JSONValue {
        func str(_ i: Int) -> String? { i < args.count ? args[i].string : nil }
        func int(_ i: Int) -> Int? { i < args.count ? args[i].int : nil }
        func strings(_ i: Int) -> [String] {
            guard i < args.count else { return [] }
            if case .array(let items) = args[i] { return items.compactMap(\.string) }
            return args[i].string.map { [$0] } ?? []
        }
        func list(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }
        func triple(_ t: (String, String, String)) -> JSONValue { list([t.0, t.1, t.2]) }
        switch method {
        case "split": return list(try PyStr.split(s, sep: str(0), maxsplit: int(1) ?? -1))
        case "rsplit": return list(try PyStr.rsplit(s, sep: str(0), maxsplit: int(1) ?? -1))
        case "splitlines": return list(PyStr.splitlines(s, keepends: args.first == .bool(true)))
        case "strip": return .string(PyStr.strip(s, str(0)))
        case "lstrip": return .string(PyStr.lstrip(s, str(0)))
        case "rstrip": return .string(PyStr.rstrip(s, str(0)))
        case "replace": return .string(PyStr.replace(s, str(0) ?? "", str(1) ?? "", count: int(2) ?? -1))
        case "find": return .int(PyStr.find(s, str(0) ?? "", start: int(1), end: int(2)))
        case "rfind": return .int(PyStr.rfind(s, str(0) ?? "", start: int(1), end: int(2)))
        case "index": return .int(try PyStr.index(s, str(0) ?? "", start: int(1), end: int(2)))
        case "rindex": return .int(try PyStr.rindex(s, str(0) ?? "", start: int(1), end: int(2)))
        case "count": return .int(PyStr.count(s, str(0) ?? "", start: int(1), end: int(2)))
        case "startswith": return .bool(PyStr.startswith(s, strings(0), start: int(1), end: int(2)))
        case "endswith": return .bool(PyStr.endswith(s, strings(0), start: int(1), end: int(2)))
        case "upper": return .string(PyStr.upper(s))
        case "lower": return .string(PyStr.lower(s))
        case "title": return .string(PyStr.title(s))
        case "capitalize": return .string(PyStr.capitalize(s))
        case "swapcase": return .string(PyStr.swapcase(s))
        case "casefold": return .string(PyStr.casefold(s))
        case "center": return .string(try PyStr.center(s, int(0) ?? 0, fill: str(1) ?? " "))
        case "ljust": return .string(try PyStr.ljust(s, int(0) ?? 0, fill: str(1) ?? " "))
        case "rjust": return .string(try PyStr.rjust(s, int(0) ?? 0, fill: str(1) ?? " "))
        case "zfill": return .string(PyStr.zfill(s, int(0) ?? 0))
        case "expandtabs": return .string(PyStr.expandtabs(s, tabsize: int(0) ?? 8))
        case "partition": return triple(try PyStr.partition(s, str(0) ?? ""))
        case "rpartition": return triple(try PyStr.rpartition(s, str(0) ?? ""))
        case "isspace": return .bool(PyStr.isspace(s))
        case "isalpha": return .bool(PyStr.isalpha(s))
        case "isdecimal": return .bool(PyStr.isdecimal(s))
        case "isdigit": return .bool(PyStr.isdigit(s))
        case "isnumeric": return .bool(PyStr.isnumeric(s))
        case "isalnum": return .bool(PyStr.isalnum(s))
        case "isprintable": return .bool(PyStr.isprintable(s))
        case "isascii": return .bool(PyStr.isascii(s))
        case "isupper": return .bool(PyStr.isupper(s))
        case "islower": return .bool(PyStr.islower(s))
        case "istitle": return .bool(PyStr.istitle(s))
        case "isidentifier": return .bool(PyStr.isidentifier(s))
        case "repr": return .string(StrRepr.repr(s))
        case "join": return .string(PyStr.join(s, args.compactMap(\.string)))
        case "join_error": throw PyStr.joinItemFailure(index: int(0) ?? -1, typeName: str(1) ?? "")
        default: return .string("unknown method \(method)")
        }
    }
}
