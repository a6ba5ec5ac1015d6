import BigInt
import XCTest
@testable import PyModel

/// `str.format` (FormatStringParser evaluated by a miniature VM over the golden's values) and
/// `%` formatting (PercentFormat) against CPython, errors and their order included.
final class StringFormattingTests: XCTestCase {
    /// An exception the miniature VM raises: the runtime's PyFailures and its own AttributeErrors.
    private struct Raised: Error, Equatable {
        let type: String
        let message: String

        init(_ type: String, _ message: String) {
            self.type = type
            self.message = message
        }

        init(_ failure: PyFailure) { self.init(failure.kind.rawValue, failure.message) }
    }

    /// The golden's values: ints, floats, strs, bools, lists, tuples, dicts and a `Point(x, y)`
    /// class with attributes `x`, `y` and a `__repr__`.
    private indirect enum Value: Decodable {
        case int(BigInt), float(Double), str(String), bool(Bool), list([Value]), tuple([Value])
        case dict([(Value, Value)]), point(Int, Int)

        private enum Keys: String, CodingKey { case int, float, str, bool, list, tuple, dict, point }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            if let hex = try c.decodeIfPresent(String.self, forKey: .int) {
                let negative = hex.hasPrefix("-")
                let magnitude = BigInt(hex.drop(while: { $0 == "-" }).dropFirst(2), radix: 16) ?? 0
                self = .int(negative ? -magnitude : magnitude)
            } else if let bits = try c.decodeIfPresent(String.self, forKey: .float) {
                self = .float(RuntimeGoldens.double(bits: bits) ?? .nan)
            } else if let s = try c.decodeIfPresent(String.self, forKey: .str) {
                self = .str(s)
            } else if let b = try c.decodeIfPresent(Bool.self, forKey: .bool) {
                self = .bool(b)
            } else if let items = try c.decodeIfPresent([Value].self, forKey: .list) {
                self = .list(items)
            } else if let items = try c.decodeIfPresent([Value].self, forKey: .tuple) {
                self = .tuple(items)
            } else if let pairs = try c.decodeIfPresent([[Value]].self, forKey: .dict) {
                self = .dict(pairs.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil })
            } else {
                let xy = try c.decode([Int].self, forKey: .point)
                self = .point(xy.first ?? 0, xy.last ?? 0)
            }
        }

        var typeName: String {
            switch self {
            case .int: return "int"
            case .float: return "float"
            case .str: return "str"
            case .bool: return "bool"
            case .list: return "list"
            case .tuple: return "tuple"
            case .dict: return "dict"
            case .point: return "Point"
            }
        }

        func repr() throws(PyFailure) -> String {
            switch self {
            case .int(let n): return try IntToString.decimal(n)
            case .float(let x): return FloatToString.repr(x)
            case .str(let s): return StrRepr.repr(s)
            case .bool(let b): return b ? "True" : "False"
            case .list(let items): return "[" + (try Self.reprs(items)).joined(separator: ", ") + "]"
            case .tuple(let items):
                let inner = try Self.reprs(items)
                return "(" + inner.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
            case .dict(let pairs):
                var parts: [String] = []
                for (k, v) in pairs { parts.append(try k.repr() + ": " + v.repr()) }
                return "{" + parts.joined(separator: ", ") + "}"
            case .point(let x, let y): return "Point(\(x), \(y))"
            }
        }

        private static func reprs(_ items: [Value]) throws(PyFailure) -> [String] {
            var out: [String] = []
            for item in items { out.append(try item.repr()) }
            return out
        }

        func str() throws(PyFailure) -> String {
            if case .str(let s) = self { return s }
            return try repr()
        }

        func attribute(_ name: String) throws(Raised) -> Value {
            if case .point(let x, let y) = self, name == "x" || name == "y" { return .int(BigInt(name == "x" ? x : y)) }
            throw Raised("AttributeError", "'\(typeName)' object has no attribute '\(name)'")
        }

        func item(_ accessor: ReplacementField.Accessor) throws(PyFailure) -> Value {
            switch (self, accessor) {
            case (.list(let items), .index(let i)), (.tuple(let items), .index(let i)):
                guard i < items.count else { throw PyFailure(.indexError, "\(typeName) index out of range") }
                return items[i]
            case (.list, _), (.tuple, _):
                throw PyFailure(.typeError, "\(typeName) indices must be integers or slices, not str")
            case (.str(let s), .index(let i)):
                let scalars = Array(s.unicodeScalars)
                guard i < scalars.count else { throw PyFailure(.indexError, "string index out of range") }
                return .str(String(scalars[i]))
            case (.str, _): throw PyFailure(.typeError, "string indices must be integers, not 'str'")
            case (.dict(let pairs), _):
                let key: Value
                switch accessor {
                case .index(let i): key = .int(BigInt(i))
                default:
                    if case .key(let k) = accessor { key = .str(k) } else { key = .str("") }
                }
                for (k, v) in pairs where (try? k.repr()) == (try? key.repr()) { return v }
                throw PyFailure(.keyError, try key.repr())
            default: throw PyFailure(.typeError, "'\(typeName)' object is not subscriptable")
            }
        }

        func format(_ spec: String) throws(PyFailure) -> String {
            switch self {
            case .int(let n): return try FormatInt.format(n, spec: spec)
            case .bool(let b):
                return spec.isEmpty ? (b ? "True" : "False") : try FormatInt.format(b ? 1 : 0, spec: spec, typeName: "bool")
            case .float(let x): return try FormatFloat.format(x, spec: spec)
            case .str(let s): return try FormatString.format(s, spec: spec)
            default:
                if spec.isEmpty { return try str() }
                throw PyFailure(.typeError, "unsupported format string passed to \(typeName).__format__")
            }
        }
    }

    private struct Environment: Decodable {
        let positional: [Value]
        let keywords: [[KeywordItem]]
    }

    private enum KeywordItem: Decodable {
        case name(String), value(Value)
        init(from decoder: Decoder) throws {
            if let s = try? decoder.singleValueContainer().decode(String.self) { self = .name(s) } else {
                self = .value(try Value(from: decoder))
            }
        }
    }

    private struct Case: Decodable {
        let environment: Environment?
        let kind: String?
        let fmt: String?
        let args: Value?
        let out: String?
        let err: [String]?
    }

    func testFormattingMatchesCPython() throws {
        let cases = try RuntimeGoldens.cases("string_formatting", as: Case.self)
        guard let environment = cases.first?.environment else { return XCTFail("no environment") }
        var keywords: [String: Value] = [:]
        for pair in environment.keywords {
            if pair.count == 2, case .name(let k) = pair[0], case .value(let v) = pair[1] { keywords[k] = v }
        }
        var checked = 0
        var mismatches: [String] = []
        for c in cases.dropFirst() {
            guard let fmt = c.fmt else {
                XCTFail("malformed case \(c)")
                continue
            }
            let expected: Result<String, Raised>
            if let err = c.err, err.count == 2 {
                expected = .failure(Raised(err[0], err[1]))
            } else {
                expected = .success(c.out ?? "")
            }
            let got: Result<String, Raised>
            if c.kind == "format" {
                got = Result { () throws(Raised) in
                    try Self.evaluate(FormatStringParser.parse(fmt), environment.positional, keywords)
                }
            } else {
                got = Result { () throws(Raised) in
                    do throws(PyFailure) {
                        return try Self.percent(fmt, c.args)
                    } catch {
                        throw Raised(error)
                    }
                }
            }
            checked += 1
            if got != expected { mismatches.append("\(c.kind ?? "") \(fmt.debugDescription): got \(got), CPython \(expected)") }
        }
        XCTAssertGreaterThan(checked, 3000)
        XCTAssertEqual(mismatches.count, 0, "\(mismatches.count) differ:\n" + mismatches.joined(separator: "\n"))
    }

    /// The evaluation order FormatStringParser documents.
    private static func evaluate(
        _ parts: [FormatStringPart], _ positional: [Value], _ keywords: [String: Value]
    ) throws(Raised) -> String {
        do {
            return try evaluateFields(parts, positional, keywords)
        } catch let failure as PyFailure {
            throw Raised(failure)
        } catch let raised as Raised {
            throw raised
        } catch {
            throw Raised("SystemError", "\(error)")
        }
    }

    private static func evaluateFields(
        _ parts: [FormatStringPart], _ positional: [Value], _ keywords: [String: Value]
    ) throws -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let text): out += text
            case .failure(let failure): throw failure
            case .field(let field):
                var value: Value
                switch field.argument {
                case .positional(let i):
                    guard i < positional.count else {
                        throw PyFailure(.indexError, "Replacement index \(i) out of range for positional args tuple")
                    }
                    value = positional[i]
                case .keyword(let name):
                    guard let found = keywords[name] else { throw PyFailure(.keyError, StrRepr.repr(name)) }
                    value = found
                }
                for accessor in field.accessors {
                    if case .attribute(let name) = accessor { value = try value.attribute(name) } else {
                        value = try value.item(accessor)
                    }
                }
                if let failure = field.accessorFailure { throw failure }
                switch field.conversion {
                case .str?: value = .str(try value.str())
                case .repr?: value = .str(try value.repr())
                case .ascii?: value = .str(StrRepr.asciiEscaped(try value.repr()))
                case .invalid(let failure)?: throw failure
                case nil: break
                }
                out += try value.format(evaluateFields(field.spec, positional, keywords))
            }
        }
        return out
    }

    private static func percent(_ fmt: String, _ args: Value?) throws(PyFailure) -> String {
        let arguments: PercentFormat.Arguments<Value>
        switch args {
        case .tuple(let items)?: arguments = .tuple(items)
        case .dict?, .list?:
            let mapping = args ?? .tuple([])
            arguments = .mapping(mapping) { (key: String) throws(PyFailure) -> Value in
                try mapping.item(.key(key))
            }
        case let value?: arguments = .single(value)
        case nil: arguments = .tuple([])
        }
        return try PercentFormat.format(fmt, arguments) { (value: Value, request: PercentFormat.Request) throws(PyFailure) in
            switch request {
            case .str: return .text(try value.str())
            case .repr: return .text(try value.repr())
            case .ascii: return .text(StrRepr.asciiEscaped(try value.repr()))
            default:
                switch value {
                case .int(let n): return .int(n)
                case .bool(let b): return .int(b ? 1 : 0)
                case .float(let x): return .float(x)
                case .str(let s): return .text(s)
                default: return .unsupported(typeName: value.typeName)
                }
            }
        }
    }
}
