import BigInt

/// `int(x)` for a float: truncation toward zero (CPython's `PyLong_FromDouble`).
/// Pure functions: no state, no effects, synchronous.
public enum FloatToInt {
    public static func truncate(_ x: Double) throws(PyFailure) -> BigInt {
        if x.isNaN { throw PyFailure(.valueError, "cannot convert float NaN to integer") }
        if x.isInfinite { throw PyFailure(.overflowError, "cannot convert float infinity to integer") }
        let whole = x.rounded(.towardZero)
        if whole == 0 { return 0 }
        let (mantissa, exponent) = DecimalDigits.exactParts(whole.magnitude)
        let magnitude = BigInt(exponent >= 0 ? mantissa << exponent : mantissa >> -exponent)
        return whole < 0 ? -magnitude : magnitude
    }
}
