/// `str.split`, `str.rsplit` and `str.splitlines` (CPython's stringlib/split.h).
extension StrAlgorithms {
    /// `s.split(sep, maxsplit)`; `sep == nil` splits on runs of white space. A negative
    /// `maxsplit` means no limit.
    public static func split(_ s: String, sep: String? = nil, maxsplit: Int = -1) throws(PyFailure) -> [String] {
        let str = scalars(s)
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        var parts: [String] = []
        guard let sep else {
            var i = 0
            while remaining > 0 {
                while i < str.count && UnicodeClasses.isSpace(str[i]) { i += 1 }
                if i == str.count { break }
                let j = i
                i += 1
                while i < str.count && !UnicodeClasses.isSpace(str[i]) { i += 1 }
                parts.append(string(str[j..<i]))
                remaining -= 1
            }
            if i < str.count {
                while i < str.count && UnicodeClasses.isSpace(str[i]) { i += 1 }
                if i != str.count { parts.append(string(str[i...])) }
            }
            return parts
        }
        let pattern = scalars(sep)
        if pattern.isEmpty { throw PyFailure(.valueError, "empty separator") }
        var start = 0
        while remaining > 0, let hit = firstIndex(of: pattern, in: str, from: start, to: str.count) {
            parts.append(string(str[start..<hit]))
            start = hit + pattern.count
            remaining -= 1
        }
        parts.append(string(str[start...]))
        return parts
    }

    /// `s.rsplit(sep, maxsplit)`: splits from the right.
    public static func rsplit(_ s: String, sep: String? = nil, maxsplit: Int = -1) throws(PyFailure) -> [String] {
        let str = scalars(s)
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        var parts: [String] = []
        guard let sep else {
            var i = str.count - 1
            while remaining > 0 {
                while i >= 0 && UnicodeClasses.isSpace(str[i]) { i -= 1 }
                if i < 0 { break }
                let j = i
                i -= 1
                while i >= 0 && !UnicodeClasses.isSpace(str[i]) { i -= 1 }
                parts.append(string(str[(i + 1)...j]))
                remaining -= 1
            }
            if i >= 0 {
                while i >= 0 && UnicodeClasses.isSpace(str[i]) { i -= 1 }
                if i >= 0 { parts.append(string(str[...i])) }
            }
            return parts.reversed()
        }
        let pattern = scalars(sep)
        if pattern.isEmpty { throw PyFailure(.valueError, "empty separator") }
        var end = str.count
        while remaining > 0, let hit = lastIndex(of: pattern, in: str, from: 0, to: end) {
            parts.append(string(str[(hit + pattern.count)..<end]))
            end = hit
            remaining -= 1
        }
        parts.append(string(str[..<end]))
        return parts.reversed()
    }

    /// `s.splitlines(keepends)`: breaks at `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`–`\x1e`, `\x85`,
    /// U+2028 and U+2029.
    public static func splitlines(_ s: String, keepends: Bool = false) -> [String] {
        let str = scalars(s)
        var lines: [String] = []
        var i = 0
        var j = 0
        while i < str.count {
            while i < str.count && !isLineBreak(str[i]) { i += 1 }
            var eol = i
            if i < str.count {
                if str[i] == "\r" && i + 1 < str.count && str[i + 1] == "\n" { i += 2 } else { i += 1 }
                if keepends { eol = i }
            }
            lines.append(string(str[j..<eol]))
            j = i
        }
        return lines
    }

    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
