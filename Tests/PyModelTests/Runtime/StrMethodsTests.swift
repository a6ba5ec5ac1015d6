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
        case "split": return list(try StrAlgorithms.split(s, sep: str(0), maxsplit: int(1) ?? -1))
        case "rsplit": return list(try StrAlgorithms.rsplit(s, sep: str(0), maxsplit: int(1) ?? -1))
        case "splitlines": return list(StrAlgorithms.splitlines(s, keepends: args.first == .bool(true)))
        case "strip": return .string(StrAlgorithms.strip(s, str(0)))
        case "lstrip": return .string(StrAlgorithms.lstrip(s, str(0)))
        case "rstrip": return .string(StrAlgorithms.rstrip(s, str(0)))
        case "replace": return .string(StrAlgorithms.replace(s, str(0) ?? "", str(1) ?? "", count: int(2) ?? -1))
        case "find": return .int(StrAlgorithms.find(s, str(0) ?? "", start: int(1), end: int(2)))
        case "rfind": return .int(StrAlgorithms.rfind(s, str(0) ?? "", start: int(1), end: int(2)))
        case "index": return .int(try StrAlgorithms.index(s, str(0) ?? "", start: int(1), end: int(2)))
        case "rindex": return .int(try StrAlgorithms.rindex(s, str(0) ?? "", start: int(1), end: int(2)))
        case "count": return .int(StrAlgorithms.count(s, str(0) ?? "", start: int(1), end: int(2)))
        case "startswith": return .bool(StrAlgorithms.startswith(s, strings(0), start: int(1), end: int(2)))
        case "endswith": return .bool(StrAlgorithms.endswith(s, strings(0), start: int(1), end: int(2)))
        case "upper": return .string(StrAlgorithms.upper(s))
        case "lower": return .string(StrAlgorithms.lower(s))
        case "title": return .string(StrAlgorithms.title(s))
        case "capitalize": return .string(StrAlgorithms.capitalize(s))
        case "swapcase": return .string(StrAlgorithms.swapcase(s))
        case "casefold": return .string(StrAlgorithms.casefold(s))
        case "center": return .string(try StrAlgorithms.center(s, int(0) ?? 0, fill: str(1) ?? " "))
        case "ljust": return .string(try StrAlgorithms.ljust(s, int(0) ?? 0, fill: str(1) ?? " "))
        case "rjust": return .string(try StrAlgorithms.rjust(s, int(0) ?? 0, fill: str(1) ?? " "))
        case "zfill": return .string(StrAlgorithms.zfill(s, int(0) ?? 0))
        case "expandtabs": return .string(StrAlgorithms.expandtabs(s, tabsize: int(0) ?? 8))
        case "partition": return triple(try StrAlgorithms.partition(s, str(0) ?? ""))
        case "rpartition": return triple(try StrAlgorithms.rpartition(s, str(0) ?? ""))
        case "isspace": return .bool(StrAlgorithms.isspace(s))
        case "isalpha": return .bool(StrAlgorithms.isalpha(s))
        case "isdecimal": return .bool(StrAlgorithms.isdecimal(s))
        case "isdigit": return .bool(StrAlgorithms.isdigit(s))
        case "isnumeric": return .bool(StrAlgorithms.isnumeric(s))
        case "isalnum": return .bool(StrAlgorithms.isalnum(s))
        case "isprintable": return .bool(StrAlgorithms.isprintable(s))
        case "isascii": return .bool(StrAlgorithms.isascii(s))
        case "isupper": return .bool(StrAlgorithms.isupper(s))
        case "islower": return .bool(StrAlgorithms.islower(s))
        case "istitle": return .bool(StrAlgorithms.istitle(s))
        case "isidentifier": return .bool(StrAlgorithms.isidentifier(s))
        case "repr": return .string(StrRepr.repr(s))
        case "join": return .string(StrAlgorithms.join(s, args.compactMap(\.string)))
        case "join_error": throw StrAlgorithms.joinItemFailure(index: int(0) ?? -1, typeName: str(1) ?? "")
        default: return .string("unknown method \(method)")
        }
    }
}
