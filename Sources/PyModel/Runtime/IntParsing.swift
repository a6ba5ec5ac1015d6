import BigInt

/// `int(text, base)` for a str (CPython's `PyLong_FromUnicodeObject` and `PyLong_FromString`):
/// surrounding white space, a sign, base prefixes (`0x`/`0o`/`0b`, and base 0 guessing),
/// single underscores between digits (and after a prefix), Unicode decimal digits, and the
/// 4300-digit limit for bases that are not powers of two.
/// Pure functions: no state, no effects, synchronous.
public enum IntParsing {
    public static func parse(_ text: String, base: Int = 10) throws(PyFailure) -> BigInt {
        guard base == 0 || (base >= 2 && base <= 36) else {
            throw PyFailure(.valueError, "int() base must be >= 2 and <= 36, or 0")
        }
        let s = UnicodeClasses.asciiForNumberParsing(text)
        let invalid = PyFailure(.valueError,
                                "invalid literal for int() with base \(base): \(String(StrRepr.repr(text).prefix(200)))")
        var pos = 0
        func at(_ i: Int) -> UInt8 { i < s.count ? s[i] : 0 }
        func lower(_ b: UInt8) -> UInt8 { b | 0x20 }
        while pos < s.count && UnicodeClasses.isASCIISpace(s[pos]) { pos += 1 }
        var negative = false
        if at(pos) == UInt8(ascii: "+") {
            pos += 1
        } else if at(pos) == UInt8(ascii: "-") {
            negative = true
            pos += 1
        }
        var radix = base
        var errorIfNonzero = false
        if radix == 0 {
            if at(pos) != UInt8(ascii: "0") {
                radix = 10
            } else {
                switch lower(at(pos + 1)) {
                case UInt8(ascii: "x"): radix = 16
                case UInt8(ascii: "o"): radix = 8
                case UInt8(ascii: "b"): radix = 2
                default:
                    errorIfNonzero = true
                    radix = 10
                }
            }
        }
        if at(pos) == UInt8(ascii: "0") {
            let marker = lower(at(pos + 1))
            if (radix == 16 && marker == UInt8(ascii: "x")) || (radix == 8 && marker == UInt8(ascii: "o"))
                || (radix == 2 && marker == UInt8(ascii: "b")) {
                pos += 2
                if at(pos) == UInt8(ascii: "_") { pos += 1 }
            }
        }
        if at(pos) == UInt8(ascii: "_") { throw invalid }

        var digits: [UInt8] = []
        var previous: UInt8 = 0
        while pos < s.count {
            let b = s[pos]
            if b == UInt8(ascii: "_") {
                if previous == UInt8(ascii: "_") { throw invalid }
            } else if let value = digitValue(b), value < radix {
                digits.append(b)
            } else {
                break
            }
            previous = b
            pos += 1
        }
        if previous == UInt8(ascii: "_") { throw invalid }
        if radix & (radix - 1) != 0 && digits.count > IntToString.maxDigits {
            throw PyFailure(.valueError, "Exceeds the limit (\(IntToString.maxDigits) digits) for integer string "
                + "conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        if digits.isEmpty { throw invalid }
        let magnitude = value(digits, radix: radix)
        if errorIfNonzero && magnitude != 0 { throw invalid }
        while pos < s.count && UnicodeClasses.isASCIISpace(s[pos]) { pos += 1 }
        if pos != s.count { throw invalid }
        return negative ? -magnitude : magnitude
    }

    /// The value of validated digits. The BigInt package parses radixes below 36; base 36 (at most
    /// 4300 digits, by the limit) is accumulated in word-sized chunks.
    private static func value(_ digits: [UInt8], radix: Int) -> BigInt {
        if radix < 36, let parsed = BigInt(String(decoding: digits, as: UTF8.self), radix: radix) { return parsed }
        var result = BigInt(0)
        var index = 0
        while index < digits.count {
            let chunk = digits[index..<min(index + 12, digits.count)]
            var chunkValue = 0
            var scale = 1
            for b in chunk {
                chunkValue = chunkValue * radix + (digitValue(b) ?? 0)
                scale *= radix
            }
            result = result * BigInt(scale) + BigInt(chunkValue)
            index += chunk.count
        }
        return result
    }

    private static func digitValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x41...0x5A: return Int(b - 0x41 + 10)
        case 0x61...0x7A: return Int(b - 0x61 + 10)
        default: return nil
        }
    }
}
