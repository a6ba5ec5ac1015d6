/// A length of time a sentence states ("5 s", "about 3 seconds", "~2.5s", "half a second", "500 ms").
///
/// Its tolerance follows DESIGN.md: a plain number matches to half a unit of its last digit, a hedged
/// one ("about", "~", "roughly", "around", "approximately", "almost", "nearly") within 10 %.
public struct StatedDuration: Equatable, Sendable {
    public var seconds: Double
    public var hedged: Bool
    /// Half a unit of the number's last written digit, in seconds.
    public var halfLastDigit: Double

    public init(seconds: Double, hedged: Bool, halfLastDigit: Double) {
        self.seconds = seconds
        self.hedged = hedged
        self.halfLastDigit = halfLastDigit
    }

    /// How far an observed time may be from `seconds` and still match (the half-digit bound itself excluded).
    public var tolerance: Double {
        let plain = halfLastDigit
        return hedged ? max(plain, seconds * 0.1) : plain
    }

    /// A plain number matches what rounds to it: strictly less than half a unit of its last digit away, so
    /// 2.5 s is not "3 s" and 1.5 s is not "about 2 seconds" (the half-way point rounds either way). A hedged
    /// one also matches anything within 10 %, that bound included.
    public func matches(_ observed: Double) -> Bool {
        let distance = abs(observed - seconds)
        if hedged, distance <= seconds * 0.1 + 1e-9 { return true }
        return distance < halfLastDigit - 1e-9
    }

    /// "5 s", "about 3 s": how a report quotes it back.
    public var described: String {
        (hedged ? "about " : "") + formatSeconds(seconds)
    }
}

/// Seconds as reports print them: "5 s", "2.5 s", "0.25 s".
public func formatSeconds(_ seconds: Double) -> String {
    let millis = Int((abs(seconds) * 1000).rounded())
    var text = (seconds < 0 ? "-" : "") + String(millis / 1000)
    let fraction = millis % 1000
    if fraction != 0 {
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        text += "." + digits
    }
    return text + " s"
}
