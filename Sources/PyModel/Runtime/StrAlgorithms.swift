/// Python `str` methods as CPython 3.11's `unicodeobject.c` and `stringlib` compute them: on code
/// points (Unicode scalars), never on Swift's grapheme clusters. Indices and lengths are code-point
/// counts. Pure functions; errors are CPython's exceptions.
public enum StrAlgorithms {
    typealias Scalars = [Unicode.Scalar]

    static func scalars(_ s: String) -> Scalars { Array(s.unicodeScalars) }

    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// `str.join` for items the caller has checked are strs.
    public static func join(_ separator: String, _ parts: [String]) -> String {
        parts.joined(separator: separator)
    }

    /// The `TypeError` of `str.join` for an item at `index` that is not a str.
    public static func joinItemFailure(index: Int, typeName: String) -> PyFailure {
        PyFailure(.typeError, "sequence item \(index): expected str instance, \(typeName) found")
    }

    /// CPython's `ADJUST_INDICES`: slice-style `start`/`end` (nil for omitted) clamped to `0...count`.
    static func adjustIndices(_ start: Int?, _ end: Int?, count: Int) -> (start: Int, end: Int) {
        var start = start ?? 0
        var end = end ?? count
        if end > count {
            end = count
        } else if end < 0 {
            end = max(end + count, 0)
        }
        if start < 0 { start = max(start + count, 0) }
        return (start, end)
    }
}
