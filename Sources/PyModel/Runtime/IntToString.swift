import BigInt

/// `str(n)` / `repr(n)` for a Python int, and the digits `format`, `hex`, `oct`, `bin` start from.
/// Base 10 obeys CPython 3.11's integer string conversion length limit (4300 digits, the default
/// of `sys.set_int_max_str_digits`); the power-of-two bases have no limit, as in CPython.
/// Pure functions: no state, no effects, synchronous.
public enum IntToString {
    /// The default `sys.get_int_max_str_digits()`.
    public static let maxDigits = 4300

    public static func decimal(_ n: BigInt) throws(PyFailure) -> String {
        let tooLong = PyFailure(.valueError, "Exceeds the limit (\(maxDigits) digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit")
        // Beyond 14,300 bits an int has more than 4,300 digits: refuse before the quadratic conversion.
        if n.magnitude.bitWidth > 14_300 { throw tooLong }
        let text = String(n)
        let digitCount = n.sign == .minus ? text.utf8.count - 1 : text.utf8.count
        if digitCount > maxDigits { throw tooLong }
        return text
    }

    /// Digits of `|n|` in base 2, 8 or 16 (lower case), without prefix or sign.
    public static func digits(_ n: BigInt, radix: Int) -> String {
        String(n.magnitude, radix: radix)
    }
}
