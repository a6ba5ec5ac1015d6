import BigInt

/// Python's integer floor division and modulo (results rounded toward negative infinity, the
/// remainder taking the divisor's sign). Callers check for a zero divisor.
public enum PyIntArithmetic {
    public static func floorDivide(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return r != 0 && (r.sign == .minus) != (b.sign == .minus) ? q - 1 : q
    }

    public static func modulo(_ a: BigInt, _ b: BigInt) -> BigInt {
        let r = a % b
        return r != 0 && (r.sign == .minus) != (b.sign == .minus) ? r + b : r
    }
}
