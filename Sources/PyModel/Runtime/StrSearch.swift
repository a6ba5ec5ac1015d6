/// `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith` and the substring search
/// the other methods share, with CPython's slice-index rules.
extension StrAlgorithms {
    /// The first occurrence of `pattern` starting in `from..<to` and ending by `to`.
    static func firstIndex(of pattern: Scalars, in str: Scalars, from: Int, to: Int) -> Int? {
        if pattern.isEmpty { return from <= to ? from : nil }
        guard to - from >= pattern.count else { return nil }
        var i = from
        while i + pattern.count <= to {
            if str[i] == pattern[0] && str[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    /// The last occurrence of `pattern` within `from..<to`.
    static func lastIndex(of pattern: Scalars, in str: Scalars, from: Int, to: Int) -> Int? {
        if pattern.isEmpty { return from <= to ? to : nil }
        guard to - from >= pattern.count else { return nil }
        var i = to - pattern.count
        while i >= from {
            if str[i] == pattern[0] && str[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }

    /// `s.find(sub, start, end)`: -1 when absent.
    public static func find(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
        let str = scalars(s)
        let (from, to) = adjustIndices(start, end, count: str.count)
        return firstIndex(of: scalars(sub), in: str, from: from, to: to) ?? -1
    }

    /// `s.rfind(sub, start, end)`: -1 when absent.
    public static func rfind(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
        let str = scalars(s)
        let (from, to) = adjustIndices(start, end, count: str.count)
        return lastIndex(of: scalars(sub), in: str, from: from, to: to) ?? -1
    }

    /// `s.index(sub, start, end)`.
    public static func index(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) throws(PyFailure) -> Int {
        let found = find(s, sub, start: start, end: end)
        if found < 0 { throw PyFailure(.valueError, "substring not found") }
        return found
    }

    /// `s.rindex(sub, start, end)`.
    public static func rindex(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) throws(PyFailure) -> Int {
        let found = rfind(s, sub, start: start, end: end)
        if found < 0 { throw PyFailure(.valueError, "substring not found") }
        return found
    }

    /// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub` counts the
    /// positions between code points.
    public static func count(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
        let str = scalars(s)
        let pattern = scalars(sub)
        let (from, to) = adjustIndices(start, end, count: str.count)
        if to - from < pattern.count { return 0 }
        if pattern.isEmpty { return to - from + 1 }
        var total = 0
        var i = from
        while let hit = firstIndex(of: pattern, in: str, from: i, to: to) {
            total += 1
            i = hit + pattern.count
        }
        return total
    }

    /// `s.startswith(prefixes, start, end)`; a single prefix is a one-element array.
    public static func startswith(_ s: String, _ prefixes: [String], start: Int? = nil, end: Int? = nil) -> Bool {
        prefixes.contains { tailMatch(s, $0, start: start, end: end, atEnd: false) }
    }

    /// `s.endswith(suffixes, start, end)`; a single suffix is a one-element array.
    public static func endswith(_ s: String, _ suffixes: [String], start: Int? = nil, end: Int? = nil) -> Bool {
        suffixes.contains { tailMatch(s, $0, start: start, end: end, atEnd: true) }
    }

    /// CPython's `tailmatch`.
    private static func tailMatch(_ s: String, _ sub: String, start: Int?, end: Int?, atEnd: Bool) -> Bool {
        let str = scalars(s)
        let pattern = scalars(sub)
        var (from, to) = adjustIndices(start, end, count: str.count)
        to -= pattern.count
        if to < from { return false }
        if pattern.isEmpty { return true }
        let offset = atEnd ? to : from
        return str[offset..<(offset + pattern.count)].elementsEqual(pattern)
    }
}
