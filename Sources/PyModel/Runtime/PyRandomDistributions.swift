import BigInt

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real-valued distributions of CPython 3.11's `random.py`, with its constants computed by the
/// same libm calls, so each draws the same outputs and returns the same doubles.
extension PyRandom {
    private static let normalMagic = 4 * exp(-0.5) / sqrt(2.0)
    private static let log4 = log(4.0)
    private static let gammaMagic = 1.0 + log(4.5)
    private static let twoPi = 2.0 * Double.pi
    private static let e = 2.718281828459045

    /// `random.uniform(a, b)`.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * random()
    }

    /// `random.uniform(a, b)` for two ints: `b - a` is exact before it meets the float, as in CPython.
    public mutating func uniform(_ a: BigInt, _ b: BigInt) throws(PyFailure) -> Double {
        let width = try IntToFloat.convert(b - a)
        let start = try IntToFloat.convert(a)
        return start + width * random()
    }

    /// `random.triangular(low, high, mode)`.
    public mutating func triangular(low: Double = 0.0, high: Double = 1.0, mode: Double? = nil) -> Double {
        var u = random()
        var c = 0.5
        if let mode {
            if high - low == 0 { return low }
            c = (mode - low) / (high - low)
        }
        var low = low
        var high = high
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            swap(&low, &high)
        }
        return low + (high - low) * sqrt(u * c)
    }

    /// `random.normalvariate(mu, sigma)` (Kinderman and Monahan).
    public mutating func normalvariate(mu: Double = 0.0, sigma: Double = 1.0) -> Double {
        var z: Double
        while true {
            let u1 = random()
            let u2 = 1.0 - random()
            z = Self.normalMagic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { break }
        }
        return mu + z * sigma
    }

    /// `random.gauss(mu, sigma)`: Box-Muller, keeping the pair's second value for the next call.
    public mutating func gauss(mu: Double = 0.0, sigma: Double = 1.0) -> Double {
        var z = gaussNext
        gaussNext = nil
        if z == nil {
            let x2pi = random() * Self.twoPi
            let g2rad = sqrt(-2.0 * log(1.0 - random()))
            z = cos(x2pi) * g2rad
            gaussNext = sin(x2pi) * g2rad
        }
        return mu + (z ?? 0) * sigma
    }

    /// `random.lognormvariate(mu, sigma)`.
    public mutating func lognormvariate(mu: Double, sigma: Double) -> Double {
        exp(normalvariate(mu: mu, sigma: sigma))
    }

    /// `random.expovariate(lambd)`; `lambd == 0` raises `ZeroDivisionError`, as the division does in CPython.
    public mutating func expovariate(_ lambd: Double) throws(PyFailure) -> Double {
        let u = random()
        if lambd == 0 { throw PyFailure(.zeroDivisionError, "float division by zero") }
        return -log(1.0 - u) / lambd
    }

    /// `random.gammavariate(alpha, beta)`.
    public mutating func gammavariate(alpha: Double, beta: Double) throws(PyFailure) -> Double {
        if alpha <= 0.0 || beta <= 0.0 {
            throw PyFailure(.valueError, "gammavariate: alpha and beta must be > 0.0")
        }
        if alpha > 1.0 {
            let ainv = sqrt(2.0 * alpha - 1.0)
            let bbb = alpha - Self.log4
            let ccc = alpha + ainv
            while true {
                let u1 = random()
                if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                let u2 = 1.0 - random()
                let v = log(u1 / (1.0 - u1)) / ainv
                let x = alpha * exp(v)
                let z = u1 * u1 * u2
                let r = bbb + ccc * v - x
                if r + Self.gammaMagic - 4.5 * z >= 0.0 || r >= log(z) { return x * beta }
            }
        }
        if alpha == 1.0 { return -log(1.0 - random()) * beta }
        var x: Double
        while true {
            let u = random()
            let b = (Self.e + alpha) / Self.e
            let p = b * u
            x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha)
            let u1 = random()
            if p > 1.0 {
                if u1 <= pow(x, alpha - 1.0) { break }
            } else if u1 <= exp(-x) {
                break
            }
        }
        return x * beta
    }

    /// `random.betavariate(alpha, beta)`.
    public mutating func betavariate(alpha: Double, beta: Double) throws(PyFailure) -> Double {
        let y = try gammavariate(alpha: alpha, beta: 1.0)
        if y != 0 { return y / (y + (try gammavariate(alpha: beta, beta: 1.0))) }
        return 0.0
    }
}
