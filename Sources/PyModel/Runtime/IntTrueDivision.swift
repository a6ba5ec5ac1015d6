import BigInt

/// `a / b` for Python ints (CPython's `long_true_divide`): the correctly rounded double of the
/// exact quotient, however large the operands.
/// Pure functions: no state, no effects, synchronous.
public enum IntTrueDivision {
    public static func divide(_ a: BigInt, _ b: BigInt) throws(PyFailure) -> Double {
        if b == 0 { throw PyFailure(.zeroDivisionError, "division by zero") }
        let magnitude = RationalToDouble.convert(a.magnitude, b.magnitude)
        if magnitude.isInfinite {
            throw PyFailure(.overflowError, "integer division result too large for a float")
        }
        let negative = (a.sign == .minus && a != 0) != (b.sign == .minus)
        return negative ? -magnitude : magnitude
    }
}
