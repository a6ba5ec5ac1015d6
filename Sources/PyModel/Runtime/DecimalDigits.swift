import BigInt

/// The decimal digits of a finite double, as David Gay's `_Py_dg_dtoa` returns them to CPython:
/// the value is `0.d1d2d3… × 10^decimalPoint`, `digits` holds ASCII digits without trailing zeros
/// (empty when a fixed-point rounding gives zero), and the sign is reported separately.
/// Zero is `"0"` with `decimalPoint` 1, as in dtoa. All roundings are exact and half-even.
struct DecimalDigits: Equatable {
    var digits: [UInt8]
    var decimalPoint: Int
    var isNegative: Bool

    /// dtoa mode 0: the shortest digit string that reads back as `x` (closest to `x` among the
    /// shortest). Swift's own `description` computes exactly these digits; we take them from it.
    static func shortest(_ x: Double) -> DecimalDigits {
        if x == 0 { return DecimalDigits(digits: [0x30], decimalPoint: 1, isNegative: x.sign == .minus) }
        let text = Array(x.magnitude.description.utf8)
        var mantissa: ArraySlice<UInt8> = text[...]
        var exponent = 0
        if let e = text.firstIndex(of: UInt8(ascii: "e")) {
            mantissa = text[..<e]
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
        }
        var digits: [UInt8] = []
        var integerDigits = 0
        var seenPoint = false
        for byte in mantissa {
            if byte == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(byte)
            if !seenPoint { integerDigits += 1 }
        }
        var decimalPoint = integerDigits + exponent
        while let first = digits.first, first == UInt8(ascii: "0") {
            digits.removeFirst()
            decimalPoint -= 1
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: decimalPoint, isNegative: x.sign == .minus)
    }

    /// dtoa mode 3: `x` correctly rounded (half-even) to `fractionDigits` digits after the decimal
    /// point; a negative count rounds to tens, hundreds, …
    static func fixed(_ x: Double, fractionDigits: Int) -> DecimalDigits {
        if x == 0 { return DecimalDigits(digits: [0x30], decimalPoint: 1, isNegative: x.sign == .minus) }
        let n = scaledAndRounded(x.magnitude, powerOfTen: fractionDigits)
        return make(n, decimalPoint: { $0 - fractionDigits }, isNegative: x.sign == .minus)
    }

    /// dtoa mode 2: `x` correctly rounded (half-even) to `count` (at least 1) significant digits.
    static func significant(_ x: Double, count: Int) -> DecimalDigits {
        if x == 0 { return DecimalDigits(digits: [0x30], decimalPoint: 1, isNegative: x.sign == .minus) }
        let count = max(count, 1)
        let magnitude = x.magnitude
        var exponent = Int((Double(magnitude.exponent) * 0.301_029_995_663_981_2).rounded(.down))
        let lower = BigUInt(10).power(count - 1)
        let upper = lower * 10
        while true {
            let n = scaledAndRounded(magnitude, powerOfTen: count - 1 - exponent)
            if n >= upper {
                exponent += 1
            } else if n < lower {
                exponent -= 1
            } else {
                return make(n, decimalPoint: { _ in exponent + 1 }, isNegative: x.sign == .minus)
            }
        }
    }

    /// `round_half_even(magnitude × 10^powerOfTen)`, computed exactly.
    private static func scaledAndRounded(_ magnitude: Double, powerOfTen: Int) -> BigUInt {
        let (mantissa, binaryExponent) = exactParts(magnitude)
        var numerator = mantissa
        var denominator = BigUInt(1)
        if binaryExponent >= 0 { numerator <<= binaryExponent } else { denominator <<= -binaryExponent }
        if powerOfTen >= 0 {
            numerator *= BigUInt(10).power(powerOfTen)
        } else {
            denominator *= BigUInt(10).power(-powerOfTen)
        }
        return roundedQuotient(numerator, denominator)
    }

    /// `numerator / denominator` rounded half-even.
    static func roundedQuotient(_ numerator: BigUInt, _ denominator: BigUInt) -> BigUInt {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        let twice = r << 1
        if twice > denominator || (twice == denominator && q[bitAt: 0]) { return q + 1 }
        return q
    }

    /// A finite positive double as `mantissa × 2^exponent` with an integer mantissa.
    static func exactParts(_ magnitude: Double) -> (mantissa: BigUInt, exponent: Int) {
        let bits = magnitude.significandBitPattern
        let biased = Int(magnitude.exponentBitPattern)
        if biased == 0 { return (BigUInt(bits), -1074) }
        return (BigUInt(bits | (1 << 52)), biased - 1075)
    }

    private static func make(_ n: BigUInt, decimalPoint: (Int) -> Int, isNegative: Bool) -> DecimalDigits {
        if n == 0 { return DecimalDigits(digits: [], decimalPoint: decimalPoint(0), isNegative: isNegative) }
        var digits = Array(n.description.utf8)
        let point = decimalPoint(digits.count)
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: point, isNegative: isNegative)
    }
}
