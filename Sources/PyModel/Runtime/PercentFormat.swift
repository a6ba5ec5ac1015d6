import BigInt

/// `format % args` for str (CPython's `PyUnicode_Format`, Objects/unicodeobject.c), ported as one
/// pass that parses each `%` spec and consumes arguments in CPython's order, so errors come out in
/// CPython's order too: `%(key)` mapping lookups, `*` widths and precisions, then the value, then
/// the type character check.
///
/// The VM supplies its values through `operand`: for `.str`, `.repr`, `.ascii` it returns the
/// `.text` of that conversion (ints and floats it may pass as they are); otherwise it returns the value's natural operand (`.int` for ints
/// and bools, `.float`, `.text` for strs, `.unsupported(typeName)` for anything else) and this
/// function applies CPython's conversions and raises its `TypeError`s.
/// Synchronous; its only effects are the calls to the caller's `operand` and `lookup` closures, in
/// CPython's order.
public enum PercentFormat {
    public enum Arguments<Value> {
        /// A tuple: one item per spec.
        case tuple([Value])
        /// Any other single value (ints, floats, strs, None, …).
        case single(Value)
        /// What CPython's `PyMapping_Check` accepts, other than tuples and strs: dicts, but also
        /// lists and any object with `__getitem__` (so `"abc" % [1]` is `"abc"`). It is also the value
        /// of a spec without a key; `lookup` is `mapping[key]`.
        case mapping(Value, lookup: (String) throws(PyFailure) -> Value)
    }

    /// What a spec needs from a value.
    public enum Request: Equatable, Sendable {
        case str, repr, ascii
        /// `%d %i %u %o %x %X` (the type character).
        case integer(Unicode.Scalar)
        /// `%e %E %f %F %g %G`.
        case real
        /// `%c`.
        case character
        /// A `*` width or precision.
        case star
    }

    public enum Operand: Equatable, Sendable {
        case text(String)
        case int(BigInt)
        case float(Double)
        /// A value of another type, by its type name.
        case unsupported(typeName: String)
    }

    private struct Flags {
        var leftAlign = false, sign = false, blank = false, alternate = false, zero = false
    }

    public static func format<Value>(
        _ format: String, _ arguments: Arguments<Value>,
        operand: (Value, Request) throws(PyFailure) -> Operand
    ) throws(PyFailure) -> String {
        let fmt = Array(format.unicodeScalars)
        func read(_ i: Int) -> Unicode.Scalar { i < fmt.count ? fmt[i] : "\0" }
        var args: [Value] = []
        var single: Value?
        var argLength: Int
        var argIndex: Int
        var lookup: ((String) throws(PyFailure) -> Value)?
        switch arguments {
        case .tuple(let items):
            args = items
            argLength = items.count
            argIndex = 0
        case .single(let value):
            single = value
            argLength = -1
            argIndex = -2
        case .mapping(let value, let find):
            single = value
            lookup = find
            argLength = -1
            argIndex = -2
        }
        func nextArgument() throws(PyFailure) -> Value {
            if argIndex < argLength {
                let index = argIndex
                argIndex += 1
                if argLength < 0, let single { return single }
                if index >= 0 && index < args.count { return args[index] }
            }
            throw PyFailure(.typeError, "not enough arguments for format string")
        }

        var out = String.UnicodeScalarView()
        var pos = 0
        var count = fmt.count
        while true {
            count -= 1
            if count < 0 { break }
            if read(pos) != "%" {
                let literalStart = pos
                pos += 1
                while count >= 0 && read(pos) != "%" {
                    pos += 1
                    count -= 1
                }
                if count < 0 { pos -= 1 }
                out.append(contentsOf: fmt[literalStart..<min(pos, fmt.count)])
                continue
            }
            pos += 1
            var ch = read(pos)
            if ch == "%" {
                pos += 1
                count -= 1
                out.append("%")
                continue
            }
            var flags = Flags()
            var width = -1
            var precision = -1
            if read(pos) == "(" {
                guard let lookup else { throw PyFailure(.typeError, "format requires a mapping") }
                pos += 1
                count -= 1
                let keyStart = pos
                var depth = 1
                while depth > 0 {
                    count -= 1
                    if count < 0 { break }
                    ch = read(pos)
                    if ch == ")" { depth -= 1 } else if ch == "(" { depth += 1 }
                    pos += 1
                }
                if count < 0 || depth > 0 { throw PyFailure(.valueError, "incomplete format key") }
                let value = try lookup(StrAlgorithms.string(fmt[keyStart..<(pos - 1)]))
                single = value
                argLength = -1
                argIndex = -2
            }
            flagLoop: while true {
                count -= 1
                if count < 0 { break }
                ch = read(pos)
                pos += 1
                switch ch {
                case "-": flags.leftAlign = true
                case "+": flags.sign = true
                case " ": flags.blank = true
                case "#": flags.alternate = true
                case "0": flags.zero = true
                default: break flagLoop
                }
            }
            if ch == "*" {
                width = try starValue(operand(nextArgument(), .star))
                if width < 0 {
                    flags.leftAlign = true
                    width = -width
                }
                count -= 1
                if count >= 0 {
                    ch = read(pos)
                    pos += 1
                }
            } else if let digit = asciiDigit(ch) {
                width = digit
                while true {
                    count -= 1
                    if count < 0 { break }
                    ch = read(pos)
                    pos += 1
                    guard let d = asciiDigit(ch) else { break }
                    if width > (Int.max - d) / 10 { throw PyFailure(.valueError, "width too big") }
                    width = width * 10 + d
                }
            }
            if ch == "." {
                precision = 0
                count -= 1
                if count >= 0 {
                    ch = read(pos)
                    pos += 1
                }
                if ch == "*" {
                    precision = max(0, try starValue(operand(nextArgument(), .star)))
                    count -= 1
                    if count >= 0 {
                        ch = read(pos)
                        pos += 1
                    }
                } else if let digit = asciiDigit(ch) {
                    precision = digit
                    while true {
                        count -= 1
                        if count < 0 { break }
                        ch = read(pos)
                        pos += 1
                        guard let d = asciiDigit(ch) else { break }
                        if precision > (Int(Int32.max) - d) / 10 { throw PyFailure(.valueError, "precision too big") }
                        precision = precision * 10 + d
                    }
                }
            }
            if count >= 0 && (ch == "h" || ch == "l" || ch == "L") {
                count -= 1
                if count >= 0 {
                    ch = read(pos)
                    pos += 1
                }
            }
            if count < 0 { throw PyFailure(.valueError, "incomplete format") }

            let value = try nextArgument()
            let spec = Spec(type: ch, flags: flags, width: width, precision: precision)
            out.append(contentsOf: try render(value, spec, position: pos - 1, operand: operand).unicodeScalars)
            if lookup != nil && argIndex < argLength {
                throw PyFailure(.typeError, "not all arguments converted during string formatting")
            }
        }
        if argIndex < argLength && lookup == nil {
            throw PyFailure(.typeError, "not all arguments converted during string formatting")
        }
        return String(out)
    }

    private struct Spec {
        var type: Unicode.Scalar
        var flags: Flags
        var width: Int
        var precision: Int
    }

    private static func asciiDigit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
    }

    private static func starValue(_ operand: Operand) throws(PyFailure) -> Int {
        guard case .int(let n) = operand else { throw PyFailure(.typeError, "* wants int") }
        guard let value = Int(exactly: n) else {
            throw PyFailure(.overflowError, "Python int too large to convert to C ssize_t")
        }
        return value
    }

    /// `unicode_format_arg_format` + `unicode_format_arg_output` for one spec.
    private static func render<Value>(
        _ value: Value, _ spec: Spec, position: Int, operand: (Value, Request) throws(PyFailure) -> Operand
    ) throws(PyFailure) -> String {
        var text: String
        var numeric = false
        switch spec.type {
        case "s", "r", "a":
            let request: Request = spec.type == "s" ? .str : spec.type == "r" ? .repr : .ascii
            switch try operand(value, request) {
            case .text(let converted): text = converted
            case .int(let n): text = try IntToString.decimal(n)
            case .float(let x): text = FloatToString.repr(x)
            case .unsupported(let typeName): text = "<\(typeName) object>"
            }
        case "i", "d", "u", "o", "x", "X":
            let n = try integerOperand(operand(value, .integer(spec.type)), type: spec.type)
            text = try formatLong(n, alternate: spec.flags.alternate, precision: spec.precision, type: spec.type)
            numeric = true
        case "e", "E", "f", "F", "g", "G":
            let x: Double
            switch try operand(value, .real) {
            case .float(let f): x = f
            case .int(let n): x = try IntToFloat.convert(n)
            case .text: throw PyFailure(.typeError, "must be real number, not str")
            case .unsupported(let typeName): throw PyFailure(.typeError, "must be real number, not \(typeName)")
            }
            text = formatFloat(x, spec)
            numeric = true
        case "c":
            text = try character(operand(value, .character))
        default:
            let c = spec.type.value
            let shown = c >= 31 && c <= 126 ? String(Character(spec.type)) : "?"
            throw PyFailure(.valueError, "unsupported format character '\(shown)' (0x\(String(c, radix: 16))) "
                + "at index \(position)")
        }
        return output(Array(text.unicodeScalars), spec, numeric: numeric)
    }

    private static func integerOperand(_ operand: Operand, type: Unicode.Scalar) throws(PyFailure) -> BigInt {
        let requirement = type == "o" || type == "x" || type == "X" ? "an integer" : "a real number"
        switch operand {
        case .int(let n): return n
        case .float(let x) where requirement == "a real number": return try FloatToInt.truncate(x)
        case .float:
            throw PyFailure(.typeError, "%\(Character(type)) format: \(requirement) is required, not float")
        case .text:
            throw PyFailure(.typeError, "%\(Character(type)) format: \(requirement) is required, not str")
        case .unsupported(let typeName):
            throw PyFailure(.typeError, "%\(Character(type)) format: \(requirement) is required, not \(typeName)")
        }
    }

    private static func character(_ operand: Operand) throws(PyFailure) -> String {
        switch operand {
        case .text(let s) where s.unicodeScalars.count == 1: return s
        case .int(let n):
            guard let code = UInt32(exactly: n), code <= 0x10FFFF else {
                throw PyFailure(.overflowError, "%c arg not in range(0x110000)")
            }
            return String(Unicode.Scalar(code) ?? "\u{FFFD}")
        default:
            throw PyFailure(.typeError, "%c requires int or char")
        }
    }

    /// `_PyUnicode_FormatLong`: sign, `0x`/`0X`/`0o` prefix with `#`, and zero padding of the
    /// digits to `precision`.
    private static func formatLong(_ n: BigInt, alternate: Bool, precision: Int, type: Unicode.Scalar) throws(PyFailure) -> String {
        var digits: String
        var prefix = ""
        switch type {
        case "o":
            digits = IntToString.digits(n, radix: 8)
            if alternate { prefix = "0o" }
        case "x", "X":
            digits = IntToString.digits(n, radix: 16)
            if alternate { prefix = "0x" }
        default:
            let decimal = try IntToString.decimal(n)
            digits = n.sign == .minus ? String(decimal.dropFirst()) : decimal
        }
        if precision > digits.count { digits = String(repeating: "0", count: precision - digits.count) + digits }
        var result = (n.sign == .minus && n != 0 ? "-" : "") + prefix + digits
        if type == "X" { result = result.uppercased() }
        return result
    }

    /// `formatfloat`: `PyOS_double_to_string` with precision 6 by default and `#` as the alternate form.
    private static func formatFloat(_ x: Double, _ spec: Spec) -> String {
        let precision = spec.precision < 0 ? 6 : spec.precision
        var flags: FloatToString.Flags = spec.flags.alternate ? [.alternate] : []
        let code: FloatToString.Code
        switch spec.type {
        case "e", "E": code = .exponent
        case "f", "F": code = .fixed
        default: code = .general
        }
        if spec.type == "E" || spec.type == "F" || spec.type == "G" { flags.insert(.upper) }
        return FloatToString.format(x, code: code, precision: precision, flags: flags)
    }

    /// `unicode_format_arg_output`: truncation of `%s`/`%r`/`%a`, sign, `#` prefix placement, and
    /// padding with spaces or (numbers with the `0` flag) zeros.
    private static func output(_ str: [Unicode.Scalar], _ spec: Spec, numeric: Bool) -> String {
        var width = spec.width
        var hasSign = numeric
        let fill: Unicode.Scalar = hasSign && spec.flags.zero ? "0" : " "
        var length = str.count
        if (width == -1 || width <= length) && (spec.precision == -1 || spec.precision >= length)
            && !(spec.flags.sign || spec.flags.blank) {
            return StrAlgorithms.string(str)
        }
        if spec.type == "s" || spec.type == "r" || spec.type == "a" {
            if spec.precision >= 0 && length > spec.precision { length = spec.precision }
        }
        var index = 0
        var signChar: Unicode.Scalar?
        if hasSign {
            let first = str.first
            if first == "-" || first == "+" {
                signChar = first
                length -= 1
                index += 1
            } else if spec.flags.sign {
                signChar = "+"
            } else if spec.flags.blank {
                signChar = " "
            } else {
                hasSign = false
            }
        }
        if width < length { width = length }
        var out = String.UnicodeScalarView()
        if hasSign {
            if fill != " ", let signChar { out.append(signChar) }
            if width > length { width -= 1 }
        }
        let hasPrefix = spec.flags.alternate && (spec.type == "x" || spec.type == "X" || spec.type == "o")
        if hasPrefix {
            if fill != " " {
                out.append(contentsOf: str[index..<(index + 2)])
                index += 2
            }
            width = max(0, width - 2)
            length -= 2
        }
        if width > length && !spec.flags.leftAlign {
            out.append(contentsOf: repeatElement(fill, count: width - length))
            width = length
        }
        if fill == " " {
            if hasSign, let signChar { out.append(signChar) }
            if hasPrefix {
                out.append(contentsOf: str[index..<(index + 2)])
                index += 2
            }
        }
        if length > 0 { out.append(contentsOf: str[index..<(index + length)]) }
        if width > length { out.append(contentsOf: repeatElement(" ", count: width - length)) }
        return String(out)
    }
}
