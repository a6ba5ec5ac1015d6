import BigInt

/// `float(n)` for a Python int: CPython's `PyLong_AsDouble`, correctly rounded (half-even), with
/// `OverflowError: int too large to convert to float` beyond the double range.
/// Pure functions: no state, no effects, synchronous.
public enum IntToFloat {
    public static func convert(_ n: BigInt) throws(PyFailure) -> Double {
        let result = RationalToDouble.convert(n.magnitude, 1)
        if result.isInfinite { throw PyFailure(.overflowError, "int too large to convert to float") }
        return n.sign == .minus ? -result : result
    }
}
