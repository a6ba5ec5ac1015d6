import BigInt

/// `float(n)` for a Python int: CPython's `PyLong_AsDouble`, correctly rounded (half-even), with
/// `OverflowError: int too large to convert to float` beyond the double range.
public enum IntToFloat {
    public static func convert(_ n: BigInt) throws(PyFailure) -> Double {
        let magnitude = n.magnitude
        let bitCount = magnitude.bitWidth
        var result: Double
        if bitCount <= 53 {
            result = Double(UInt64(magnitude))
        } else {
            let shift = bitCount - 54
            let top = magnitude >> shift
            let sticky = magnitude.trailingZeroBitCount < shift
            var kept = top >> 1
            if top[bitAt: 0] && (sticky || kept[bitAt: 0]) { kept += 1 }
            result = Double(sign: .plus, exponent: shift + 1, significand: Double(UInt64(kept)))
        }
        if result.isInfinite { throw PyFailure(.overflowError, "int too large to convert to float") }
        return n.sign == .minus ? -result : result
    }
}
