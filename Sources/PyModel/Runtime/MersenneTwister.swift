import BigInt

/// MT19937 exactly as CPython's `_randommodule.c`: the same state, the same seeding
/// (`init_by_array` of the seed's 32-bit words) and the same 32-bit outputs. A value type; each
/// copy is an independent generator.
struct MersenneTwister {
    private static let n = 624
    private static let m = 397
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 624

    /// `random.seed(a)` for an int `a`: the absolute value's 32-bit words, least significant first.
    init(seed: BigInt) {
        var magnitude = seed.magnitude
        var key: [UInt32] = []
        repeat {
            key.append(UInt32(truncatingIfNeeded: magnitude & 0xFFFF_FFFF))
            magnitude >>= 32
        } while magnitude != 0
        initByArray(key)
    }

    private mutating func initGenrand(_ seed: UInt32) {
        state[0] = seed
        for i in 1..<Self.n {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    private mutating func initByArray(_ key: [UInt32]) {
        initGenrand(19_650_218)
        var i = 1
        var j = 0
        for _ in 0..<max(Self.n, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= Self.n {
                state[0] = state[Self.n - 1]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.n {
                state[0] = state[Self.n - 1]
                i = 1
            }
        }
        state[0] = 0x8000_0000
    }

    /// `genrand_uint32`: the next 32-bit output.
    mutating func next() -> UInt32 {
        if index >= Self.n { regenerate() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    private mutating func regenerate() {
        func twist(_ a: UInt32, _ b: UInt32, _ far: UInt32) -> UInt32 {
            let y = (a & 0x8000_0000) | (b & 0x7FFF_FFFF)
            return far ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908_B0DF)
        }
        for k in 0..<(Self.n - Self.m) {
            state[k] = twist(state[k], state[k + 1], state[k + Self.m])
        }
        for k in (Self.n - Self.m)..<(Self.n - 1) {
            state[k] = twist(state[k], state[k + 1], state[k + Self.m - Self.n])
        }
        state[Self.n - 1] = twist(state[Self.n - 1], state[0], state[Self.m - 1])
        index = 0
    }
}
