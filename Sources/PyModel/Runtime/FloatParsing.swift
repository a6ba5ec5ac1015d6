/// `float(text)` for a str (CPython's `PyFloat_FromString`): surrounding white space, single
/// underscores between digits, Unicode decimal digits, `inf`/`infinity`/`nan` in any case with a
/// sign; overflow gives an infinity and underflow a zero, as in CPython.
/// Pure functions: no state, no effects, synchronous.
public enum FloatParsing {
    public static func parse(_ text: String) throws(PyFailure) -> Double {
        let invalid = PyFailure(.valueError, "could not convert string to float: \(StrRepr.repr(text))")
        var s = UnicodeClasses.asciiForNumberParsing(text)[...]
        while let first = s.first, UnicodeClasses.isASCIISpace(first) { s = s.dropFirst() }
        while s.count > 1, let last = s.last, UnicodeClasses.isASCIISpace(last) { s = s.dropLast() }
        guard let cleaned = withoutUnderscores(Array(s)), let value = number(cleaned) else { throw invalid }
        return value
    }

    /// `_Py_string_to_number_with_underscores`: underscores only between two digits.
    private static func withoutUnderscores(_ s: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var previous: UInt8 = 0
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        for b in s {
            if b == UInt8(ascii: "_") {
                if !isDigit(previous) { return nil }
            } else {
                if previous == UInt8(ascii: "_") && !isDigit(b) { return nil }
                out.append(b)
            }
            previous = b
        }
        return previous == UInt8(ascii: "_") ? nil : out
    }

    /// The whole of `s` as `_PyOS_ascii_strtod` reads it, or nil.
    private static func number(_ s: [UInt8]) -> Double? {
        var body = s[...]
        var negative = false
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            body = body.dropFirst()
        }
        let word = String(decoding: body, as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return negative ? -.nan : .nan }
        guard isDecimalLiteral(body) else { return nil }
        return Double(String(decoding: s, as: UTF8.self))
    }

    /// digits [`.` digits] or `.` digits, then optionally `e` [sign] digits.
    private static func isDecimalLiteral(_ s: ArraySlice<UInt8>) -> Bool {
        var i = s.startIndex
        func digitRun() -> Int {
            let start = i
            while i < s.endIndex, s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
            return i - start
        }
        var mantissaDigits = digitRun()
        if i < s.endIndex && s[i] == UInt8(ascii: ".") {
            i += 1
            mantissaDigits += digitRun()
        }
        if mantissaDigits == 0 { return false }
        if i < s.endIndex && (s[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            if i < s.endIndex && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
            if digitRun() == 0 { return false }
        }
        return i == s.endIndex
    }
}
