import BigInt

/// The double nearest to `numerator / denominator` (half-even), computed exactly with big
/// integers, including subnormal results. Infinity when the quotient is beyond the double range.
enum RationalToDouble {
    static func convert(_ numerator: BigUInt, _ denominator: BigUInt) -> Double {
        if numerator == 0 { return 0 }
        let e = numerator.bitWidth - denominator.bitWidth
        if e > 1025 { return .infinity }
        if e < -1080 { return 0 }
        let k = max(0, 56 - e)
        let (q, r) = (numerator << k).quotientAndRemainder(dividingBy: denominator)
        return round(q, sticky: r != 0, scale: k)
    }

    /// `q × 2^-scale` (plus a nonzero tail below it when `sticky`) rounded to a double.
    private static func round(_ q: BigUInt, sticky: Bool, scale: Int) -> Double {
        let bitCount = q.bitWidth
        let drop = max(bitCount - 53, scale - 1074)
        if drop <= 0 {
            return Double(sign: .plus, exponent: -scale, significand: Double(UInt64(q)))
        }
        var kept = q >> drop
        let half = q[bitAt: drop - 1]
        let rest = sticky || q.trailingZeroBitCount < drop - 1
        if half && (rest || kept[bitAt: 0]) { kept += 1 }
        return Double(sign: .plus, exponent: drop - scale, significand: Double(UInt64(kept)))
    }
}
