import BigInt

/// Python's `round()` for floats and ints (CPython's `float.__round__` and `int.__round__`).
/// Pure functions: no state, no effects, synchronous.
public enum PyRound {
    /// `round(x)`: the nearest int, ties to even.
    public static func round(_ x: Double) throws(PyFailure) -> BigInt {
        var rounded = x.rounded(.toNearestOrAwayFromZero)
        if (x - rounded).magnitude == 0.5 { rounded = 2.0 * (x / 2.0).rounded(.toNearestOrAwayFromZero) }
        return try FloatToInt.truncate(rounded)
    }

    /// `round(x, ndigits)`: correctly rounded through the exact decimal value (half-even), as
    /// CPython's `double_round` does with `_Py_dg_dtoa` mode 3 and `strtod`.
    public static func round(_ x: Double, ndigits: Int) throws(PyFailure) -> Double {
        if !x.isFinite { return x }
        if ndigits > 323 { return x }
        if ndigits < -308 { return 0.0 * x }
        let digits = DecimalDigits.fixed(x, fractionDigits: ndigits)
        let text = (digits.isNegative ? "-" : "") + "0" + String(decoding: digits.digits, as: UTF8.self)
            + "e" + String(digits.decimalPoint - digits.digits.count)
        guard let rounded = Double(text) else { return x }
        if rounded.isInfinite { throw PyFailure(.overflowError, "rounded value too large to represent") }
        return rounded
    }

    /// `round(n, ndigits)` for an int: unchanged for ndigits ≥ 0, otherwise to the nearest multiple
    /// of 10^-ndigits, ties to even.
    public static func round(_ n: BigInt, ndigits: Int) -> BigInt {
        if ndigits >= 0 { return n }
        if ndigits < -(n.magnitude.bitWidth / 3 + 2) { return 0 }
        let k = -ndigits
        let unit = BigInt(10).power(k)
        var q = PyIntArithmetic.floorDivMod(n, unit).quotient
        let twiceRemainder = (n - q * unit) * 2
        if twiceRemainder > unit || (twiceRemainder == unit && q.magnitude[bitAt: 0]) { q += 1 }
        return q * unit
    }
}
