/// A parsed format specification (the mini-language after `:` in `format()`, f-strings and
/// `str.format`), as CPython's `parse_internal_render_format_spec` (Python/formatter_unicode.c)
/// builds it. Parsing depends on the formatted object's type only through its default type code,
/// its default alignment and its name (for error messages).
public struct FormatSpec: Equatable, Sendable {
    /// The thousands separator option.
    public enum Grouping: Equatable, Sendable {
        case none
        /// `,`: commas every three digits.
        case comma
        /// `_`: underscores every three digits (every four for `b`, `o`, `x`, `X`).
        case underscore
    }

    public var fill: Unicode.Scalar = " "
    /// One of `<`, `>`, `=`, `^`.
    public var align: Unicode.Scalar
    /// `+`, `-`, space, or nil when absent.
    public var sign: Unicode.Scalar?
    /// The `z` option: negative zero after rounding is shown as zero.
    public var noNegativeZero = false
    /// The `#` option.
    public var alternate = false
    public var width: Int?
    public var grouping: Grouping = .none
    public var precision: Int?
    /// The presentation type; nil when absent and the object's default is none (floats).
    public var type: Unicode.Scalar?

    /// Parses `spec` for an object whose type is called `typeName`. Throws CPython's `ValueError`
    /// for malformed specifications, with CPython's message.
    public static func parse(
        _ spec: String, typeName: String, defaultType: Unicode.Scalar?, defaultAlign: Unicode.Scalar
    ) throws(PyFailure) -> FormatSpec {
        let s = Array(spec.unicodeScalars)
        var result = FormatSpec(align: defaultAlign, type: defaultType)
        var pos = 0
        var alignSpecified = false
        var fillSpecified = false
        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "=" || c == "^" }

        if s.count - pos >= 2 && isAlign(s[pos + 1]) {
            result.align = s[pos + 1]
            result.fill = s[pos]
            fillSpecified = true
            alignSpecified = true
            pos += 2
        } else if s.count - pos >= 1 && isAlign(s[pos]) {
            result.align = s[pos]
            alignSpecified = true
            pos += 1
        }
        if pos < s.count && (s[pos] == " " || s[pos] == "+" || s[pos] == "-") {
            result.sign = s[pos]
            pos += 1
        }
        if pos < s.count && s[pos] == "z" {
            result.noNegativeZero = true
            pos += 1
        }
        if pos < s.count && s[pos] == "#" {
            result.alternate = true
            pos += 1
        }
        if !fillSpecified && pos < s.count && s[pos] == "0" {
            result.fill = "0"
            if !alignSpecified && defaultAlign == ">" { result.align = "=" }
            pos += 1
        }
        result.width = try integer(s, &pos)
        if pos < s.count && s[pos] == "," {
            result.grouping = .comma
            pos += 1
        }
        if pos < s.count && s[pos] == "_" {
            if result.grouping != .none { throw PyFailure(.valueError, "Cannot specify both ',' and '_'.") }
            result.grouping = .underscore
            pos += 1
        }
        if pos < s.count && s[pos] == "," && result.grouping == .underscore {
            throw PyFailure(.valueError, "Cannot specify both ',' and '_'.")
        }
        if pos < s.count && s[pos] == "." {
            pos += 1
            guard let precision = try integer(s, &pos) else {
                throw PyFailure(.valueError, "Format specifier missing precision")
            }
            result.precision = precision
        }
        if s.count - pos > 1 {
            throw PyFailure(.valueError, "Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if s.count - pos == 1 { result.type = s[pos] }

        if result.grouping != .none {
            let separator = result.grouping == .comma ? "," : "_"
            let bad = PyFailure(.valueError, "Cannot specify '\(separator)' with \(quotedCode(result.type)).")
            switch result.type {
            case "d", "e", "f", "g", "E", "G", "%", "F", nil:
                break
            case "b", "o", "x", "X":
                if result.grouping == .comma { throw bad }
            default:
                throw bad
            }
        }
        return result
    }

    /// `get_integer`: a run of decimal digits (any Unicode decimal digit, as `Py_UNICODE_TODECIMAL`),
    /// or nil when there is none.
    private static func integer(_ s: [Unicode.Scalar], _ pos: inout Int) throws(PyFailure) -> Int? {
        var value = 0
        var consumed = 0
        while pos < s.count, let digit = decimalValue(s[pos]) {
            if value > (Int.max - digit) / 10 {
                throw PyFailure(.valueError, "Too many decimal digits in format string")
            }
            value = value * 10 + digit
            pos += 1
            consumed += 1
        }
        return consumed == 0 ? nil : value
    }

    private static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil }
        guard c.properties.numericType == .decimal, let value = c.properties.numericValue else { return nil }
        return Int(value)
    }

    /// A type code as CPython's messages quote it: `'d'`, or `'\x7f'` outside printable ASCII.
    static func quotedCode(_ code: Unicode.Scalar?) -> String {
        let value = code?.value ?? 0
        if value > 32 && value < 128, let code { return "'\(Character(code))'" }
        return "'\\x\(String(value, radix: 16))'"
    }

    /// CPython's `unknown_presentation_type` error.
    static func unknownCode(_ code: Unicode.Scalar?, typeName: String) -> PyFailure {
        PyFailure(.valueError, "Unknown format code \(quotedCode(code)) for object of type '\(typeName)'")
    }
}
