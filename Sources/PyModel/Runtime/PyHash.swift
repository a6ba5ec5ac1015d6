import BigInt

/// CPython's numeric hashes (Python/pyhash.c, Objects/longobject.c): values modulo the Mersenne
/// prime 2^61 - 1, so that equal numbers of different types hash equal. Pure functions.
public enum PyHash {
    private static let bits = 61
    private static let modulus: UInt64 = (1 << 61) - 1

    /// `hash(x)` for a finite or infinite float. A NaN hashes by identity in CPython 3.10+, so it
    /// has no value here (nil).
    public static func float(_ x: Double) -> Int? {
        if x.isNaN { return nil }
        if x.isInfinite { return x > 0 ? 314_159 : -314_159 }
        if x == 0 { return 0 }
        var m = x.magnitude.significand / 2
        var e = Int(x.exponent) + 1
        let sign: Int64 = x < 0 ? -1 : 1
        var h: UInt64 = 0
        while m != 0 {
            h = ((h << 28) & modulus) | h >> UInt64(bits - 28)
            m *= 268_435_456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            h += y
            if h >= modulus { h -= modulus }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        h = ((h << UInt64(e)) & modulus) | h >> UInt64(bits - e)
        var result = Int64(bitPattern: h) &* sign
        if result == -1 { result = -2 }
        return Int(result)
    }
}
