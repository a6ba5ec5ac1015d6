import BigInt

/// Python's int `//`, `%` and `divmod`: the quotient rounds toward negative infinity and the
/// remainder takes the divisor's sign, with CPython's `ZeroDivisionError` messages.
/// Pure functions: no state, no effects, synchronous.
public enum PyIntArithmetic {
    public static func floorDivide(_ a: BigInt, _ b: BigInt) throws(PyFailure) -> BigInt {
        if b == 0 { throw PyFailure(.zeroDivisionError, "integer division or modulo by zero") }
        return floorDivMod(a, b).quotient
    }

    public static func modulo(_ a: BigInt, _ b: BigInt) throws(PyFailure) -> BigInt {
        if b == 0 { throw PyFailure(.zeroDivisionError, "integer modulo by zero") }
        return floorDivMod(a, b).remainder
    }

    public static func divmod(_ a: BigInt, _ b: BigInt) throws(PyFailure) -> (quotient: BigInt, remainder: BigInt) {
        if b == 0 { throw PyFailure(.zeroDivisionError, "integer division or modulo by zero") }
        return floorDivMod(a, b)
    }

    /// Floor division and modulo for a nonzero divisor.
    static func floorDivMod(_ a: BigInt, _ b: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        if r != 0 && (r.sign == .minus) != (b.sign == .minus) { return (q - 1, r + b) }
        return (q, r)
    }
}
