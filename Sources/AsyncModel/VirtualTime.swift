/// Conversions between seconds (what Python passes) and the model's whole nanoseconds.
///
/// Our rule where CPython leaves order undefined: virtual time is whole nanoseconds, and a deadline is
/// `now + delay` with the delay rounded to the nanosecond, so float near-ties such as `sleep(0.1 + 0.2)`
/// against `sleep(0.3)` tie and fire in scheduling order, as they would on a real clock.
public enum VirtualTime {
    /// The largest delay the model keeps: about 73 years; longer delays (and `inf`, `nan`) are clamped to it.
    public static let farFutureNanos: Int64 = Int64.max / 4

    /// Seconds as whole nanoseconds, rounded to nearest, clamped to ±`farFutureNanos`.
    public static func nanos(_ seconds: Double) -> Int64 {
        guard !seconds.isNaN else { return farFutureNanos }
        let scaled = (seconds * 1e9).rounded()
        if scaled >= Double(farFutureNanos) { return farFutureNanos }
        if scaled <= -Double(farFutureNanos) { return -farFutureNanos }
        return Int64(scaled)
    }

    /// Nanoseconds as seconds.
    public static func seconds(_ nanos: Int64) -> Double { Double(nanos) / 1e9 }
}
