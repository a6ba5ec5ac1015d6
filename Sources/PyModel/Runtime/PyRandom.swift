import BigInt

/// CPython 3.11's `random.Random`: MT19937 plus the algorithms of `random.py`, output for output.
/// A value type holding all generator state (including `gauss`'s cached second value);
/// synchronous and single-threaded. Sequence methods work on indices or Swift arrays so that the
/// VM keeps ownership of its objects.
///
/// Our rule where CPython leaves order undefined (DESIGN.md): CPython seeds the module's
/// generator from the OS; we seed it with `fenceSeed` (0) at the start of each fence's run, as
/// the yardstick does, so random delays and printed choices match CPython's run under seed 0.
public struct PyRandom {
    /// The seed of the `random` module's generator at the start of each fence's run.
    public static let fenceSeed: BigInt = 0

    private var twister: MersenneTwister
    /// `Random.gauss_next`: the second normal deviate of the last `gauss` pair, if unused.
    var gaussNext: Double?

    /// `random.Random(seed)`.
    public init(seed: BigInt) {
        twister = MersenneTwister(seed: seed)
        gaussNext = nil
    }

    /// `random.seed(a)` for an int `a` (negative seeds use the absolute value, as CPython).
    public mutating func seed(_ seed: BigInt) {
        self = PyRandom(seed: seed)
    }

    /// `random.Random(x)` for a float: CPython seeds with `hash(x)` read as an unsigned 64-bit
    /// word. Nil for a NaN, whose hash is its identity in CPython (no reproducible sequence).
    public init?(floatSeed x: Double) {
        guard let hash = PyHash.float(x) else { return nil }
        self.init(seed: BigInt(UInt64(bitPattern: Int64(hash))))
    }

    /// `random.random()`: 53 random bits from two 32-bit outputs, in [0, 1).
    public mutating func random() -> Double {
        let a = Double(twister.next() >> 5)
        let b = Double(twister.next() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)`.
    public mutating func getrandbits(_ k: Int) throws(PyFailure) -> BigInt {
        if k < 0 { throw PyFailure(.valueError, "number of bits must be non-negative") }
        return BigInt(randomBits(k))
    }

    /// `getrandbits(k)` for k ≥ 0: 32-bit outputs fill the result from its least significant word.
    private mutating func randomBits(_ k: Int) -> BigUInt {
        if k <= 64 { return BigUInt(bits(k)) }
        var words: [UInt32] = []
        var remaining = k
        while remaining > 0 {
            var r = twister.next()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            words.append(r)
            remaining -= 32
        }
        var result = BigUInt(0)
        for word in words.reversed() { result = (result << 32) | BigUInt(word) }
        return result
    }

    /// `getrandbits(k)` for 0 ≤ k ≤ 64, drawing the same outputs as CPython.
    private mutating func bits(_ k: Int) -> UInt64 {
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(twister.next() >> UInt32(32 - k)) }
        let low = UInt64(twister.next())
        let high = UInt64(twister.next() >> UInt32(64 - k))
        return low | (high << 32)
    }

    /// `_randbelow_with_getrandbits(n)`: uniform in [0, n) by rejection; 0 when n ≤ 0
    /// (CPython never calls it so).
    mutating func randbelow(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = bits(k)
        while r >= UInt64(n) { r = bits(k) }
        return Int(r)
    }

    /// `_randbelow` for arbitrarily large `n` (> 0).
    mutating func randbelow(_ n: BigInt) -> BigInt {
        if let small = Int(exactly: n) { return BigInt(randbelow(small)) }
        let k = n.magnitude.bitWidth
        var r = BigInt(randomBits(k))
        while r >= n { r = BigInt(randomBits(k)) }
        return r
    }

    /// `random.randrange(stop)`.
    public mutating func randrange(_ stop: BigInt) throws(PyFailure) -> BigInt {
        if stop > 0 { return randbelow(stop) }
        throw PyFailure(.valueError, "empty range for randrange()")
    }

    /// `random.randrange(start, stop, step)`.
    public mutating func randrange(_ start: BigInt, _ stop: BigInt, step: BigInt = 1) throws(PyFailure) -> BigInt {
        let width = stop - start
        if step == 1 {
            if width > 0 { return start + randbelow(width) }
            throw PyFailure(.valueError, "empty range for randrange() (\(start), \(stop), \(width))")
        }
        let count: BigInt
        if step > 0 {
            count = PyIntArithmetic.floorDivMod(width + step - 1, step).quotient
        } else if step < 0 {
            count = PyIntArithmetic.floorDivMod(width + step + 1, step).quotient
        } else {
            throw PyFailure(.valueError, "zero step for randrange()")
        }
        if count <= 0 { throw PyFailure(.valueError, "empty range for randrange()") }
        return start + step * randbelow(count)
    }

    /// `random.randint(a, b)`: `randrange(a, b + 1)`.
    public mutating func randint(_ a: BigInt, _ b: BigInt) throws(PyFailure) -> BigInt {
        try randrange(a, b + 1)
    }
}
