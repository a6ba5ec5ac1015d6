/// CPython's `PyOS_double_to_string` (Python/pystrtod.c, `format_float_short`): a double as the
/// text `repr`, `str`, `format` and `%` formatting start from. Pure and deterministic.
public enum FloatToString {
    /// The conversion codes of `PyOS_double_to_string`.
    public enum Code: Sendable {
        /// Exponent notation with `precision` digits after the point.
        case exponent
        /// Fixed point with `precision` digits after the point.
        case fixed
        /// `precision` significant digits; exponent notation when the exponent is < -4 or >= precision.
        case general
        /// The shortest round-trip digits (`repr`); `precision` must be 0.
        case repr
    }

    /// The flags of `PyOS_double_to_string`.
    public struct Flags: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// `Py_DTSF_SIGN`: a `+` before non-negative numbers.
        public static let sign = Flags(rawValue: 1)
        /// `Py_DTSF_ADD_DOT_0`: integral results get `.0`, and `general` switches to exponent one digit earlier.
        public static let addDot0 = Flags(rawValue: 2)
        /// `Py_DTSF_ALT`: the `#` form (keep the point and trailing zeros).
        public static let alternate = Flags(rawValue: 4)
        /// `Py_DTSF_NO_NEG_0`: the `z` option, a negative result that rounds to zero loses its sign.
        public static let noNegativeZero = Flags(rawValue: 8)
        /// Upper-case `E`, `INF`, `NAN` (the `E`, `F`, `G` codes).
        public static let upper = Flags(rawValue: 16)
    }

    /// `repr(x)` and `str(x)` for a float, e.g. `1e+16`, `1e-05`, `5.0`, `-0.0`, `inf`, `nan`.
    public static func repr(_ x: Double) -> String {
        format(x, code: .repr, precision: 0, flags: .addDot0)
    }

    /// `PyOS_double_to_string(x, code, precision, flags)`.
    public static func format(_ x: Double, code: Code, precision: Int, flags: Flags) -> String {
        let upper = flags.contains(.upper)
        if x.isNaN { return upper ? "NAN" : "nan" }
        if x.isInfinite {
            let body = upper ? "INF" : "inf"
            if x < 0 { return "-" + body }
            return flags.contains(.sign) ? "+" + body : body
        }
        var precision = precision
        let digits: DecimalDigits
        switch code {
        case .exponent:
            precision += 1
            digits = .significant(x, count: precision)
        case .fixed:
            digits = .fixed(x, fractionDigits: precision)
        case .general:
            if precision == 0 { precision = 1 }
            digits = .significant(x, count: precision)
        case .repr:
            digits = .shortest(x)
        }
        return layout(digits, code: code, precision: precision, flags: flags)
    }

    /// The padding, point and exponent placement of `format_float_short`, line for line.
    private static func layout(_ d: DecimalDigits, code: Code, precision: Int, flags: Flags) -> String {
        let digits = d.digits
        let digitsCount = digits.count
        var decimalPoint = d.decimalPoint
        let alternate = flags.contains(.alternate)
        let addDot0 = flags.contains(.addDot0)
        var isNegative = d.isNegative
        if flags.contains(.noNegativeZero) && isNegative
            && (digitsCount == 0 || (digitsCount == 1 && digits[0] == UInt8(ascii: "0"))) {
            isNegative = false
        }
        var useExponent = false
        var end = digitsCount
        switch code {
        case .exponent:
            useExponent = true
            end = precision
        case .fixed:
            end = decimalPoint + precision
        case .general:
            if decimalPoint <= -4 || decimalPoint > (addDot0 ? precision - 1 : precision) { useExponent = true }
            if alternate { end = precision }
        case .repr:
            if decimalPoint <= -4 || decimalPoint > 16 { useExponent = true }
        }
        var exponent = 0
        if useExponent {
            exponent = decimalPoint - 1
            decimalPoint = 1
        }
        let start = decimalPoint <= 0 ? decimalPoint - 1 : 0
        if !useExponent && addDot0 {
            end = max(end, decimalPoint + 1)
        } else {
            end = max(end, decimalPoint)
        }

        var out: [UInt8] = []
        out.reserveCapacity(end - start + 8)
        if isNegative {
            out.append(UInt8(ascii: "-"))
        } else if flags.contains(.sign) {
            out.append(UInt8(ascii: "+"))
        }
        let zero = UInt8(ascii: "0")
        let point = UInt8(ascii: ".")
        if decimalPoint <= 0 {
            out.append(contentsOf: repeatElement(zero, count: decimalPoint - start))
            out.append(point)
            out.append(contentsOf: repeatElement(zero, count: -decimalPoint))
        } else {
            out.append(contentsOf: repeatElement(zero, count: -start))
        }
        if decimalPoint > 0 && decimalPoint <= digitsCount {
            out.append(contentsOf: digits[..<decimalPoint])
            out.append(point)
            out.append(contentsOf: digits[decimalPoint...])
        } else {
            out.append(contentsOf: digits)
        }
        if digitsCount < decimalPoint {
            out.append(contentsOf: repeatElement(zero, count: decimalPoint - digitsCount))
            out.append(point)
            out.append(contentsOf: repeatElement(zero, count: end - decimalPoint))
        } else {
            out.append(contentsOf: repeatElement(zero, count: end - digitsCount))
        }
        if out.last == point && !alternate { out.removeLast() }
        if useExponent {
            out.append(flags.contains(.upper) ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let magnitude = String(exponent.magnitude)
            if magnitude.count < 2 { out.append(zero) }
            out.append(contentsOf: magnitude.utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

}
