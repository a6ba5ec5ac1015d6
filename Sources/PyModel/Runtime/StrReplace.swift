/// `str.replace`, `str.partition` and `str.rpartition`.
extension StrAlgorithms {
    /// `s.replace(old, new, count)`: non-overlapping, left to right; an empty `old` inserts `new`
    /// before every code point and at the end. A negative `count` means no limit.
    public static func replace(_ s: String, _ old: String, _ new: String, count: Int = -1) -> String {
        let str = scalars(s)
        let pattern = scalars(old)
        let replacement = scalars(new)
        var remaining = count < 0 ? Int.max : count
        var out: Scalars = []
        if pattern.isEmpty {
            for c in str {
                if remaining > 0 {
                    out.append(contentsOf: replacement)
                    remaining -= 1
                }
                out.append(c)
            }
            if remaining > 0 { out.append(contentsOf: replacement) }
            return string(out)
        }
        var i = 0
        while remaining > 0, let hit = firstIndex(of: pattern, in: str, from: i, to: str.count) {
            out.append(contentsOf: str[i..<hit])
            out.append(contentsOf: replacement)
            i = hit + pattern.count
            remaining -= 1
        }
        out.append(contentsOf: str[i...])
        return string(out)
    }

    /// `s.partition(sep)`.
    public static func partition(_ s: String, _ sep: String) throws(PyFailure) -> (String, String, String) {
        let str = scalars(s)
        let pattern = scalars(sep)
        if pattern.isEmpty { throw PyFailure(.valueError, "empty separator") }
        guard let hit = firstIndex(of: pattern, in: str, from: 0, to: str.count) else { return (s, "", "") }
        return (string(str[..<hit]), sep, string(str[(hit + pattern.count)...]))
    }

    /// `s.rpartition(sep)`.
    public static func rpartition(_ s: String, _ sep: String) throws(PyFailure) -> (String, String, String) {
        let str = scalars(s)
        let pattern = scalars(sep)
        if pattern.isEmpty { throw PyFailure(.valueError, "empty separator") }
        guard let hit = lastIndex(of: pattern, in: str, from: 0, to: str.count) else { return ("", "", s) }
        return (string(str[..<hit]), sep, string(str[(hit + pattern.count)...]))
    }
}
