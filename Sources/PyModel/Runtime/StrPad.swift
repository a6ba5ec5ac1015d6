/// `center`, `ljust`, `rjust`, `zfill` and `expandtabs`, counting code points.
extension StrAlgorithms {
    /// `s.center(width, fillchar)`, with CPython's choice of the odd padding side.
    public static func center(_ s: String, _ width: Int, fill: String = " ") throws(PyFailure) -> String {
        let f = try fillScalar(fill)
        let str = scalars(s)
        let margin = width - str.count
        if margin <= 0 { return s }
        let left = margin / 2 + (margin & width & 1)
        return pad(str, left: left, right: margin - left, f)
    }

    /// `s.ljust(width, fillchar)`.
    public static func ljust(_ s: String, _ width: Int, fill: String = " ") throws(PyFailure) -> String {
        let f = try fillScalar(fill)
        let str = scalars(s)
        return str.count >= width ? s : pad(str, left: 0, right: width - str.count, f)
    }

    /// `s.rjust(width, fillchar)`.
    public static func rjust(_ s: String, _ width: Int, fill: String = " ") throws(PyFailure) -> String {
        let f = try fillScalar(fill)
        let str = scalars(s)
        return str.count >= width ? s : pad(str, left: width - str.count, right: 0, f)
    }

    /// `s.zfill(width)`: zeros on the left, after a leading sign.
    public static func zfill(_ s: String, _ width: Int) -> String {
        let str = scalars(s)
        if str.count >= width { return s }
        let fill = width - str.count
        var out = Scalars(repeating: "0", count: fill) + str
        if fill < out.count && (out[fill] == "+" || out[fill] == "-") {
            out[0] = out[fill]
            out[fill] = "0"
        }
        return string(out)
    }

    /// `s.expandtabs(tabsize)`: columns restart after `\n` and `\r`; a tab size ≤ 0 removes tabs.
    public static func expandtabs(_ s: String, tabsize: Int = 8) -> String {
        var out: Scalars = []
        var column = 0
        for c in s.unicodeScalars {
            if c == "\t" {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize
                    column += spaces
                    out.append(contentsOf: repeatElement(" ", count: spaces))
                }
            } else {
                column += 1
                out.append(c)
                if c == "\n" || c == "\r" { column = 0 }
            }
        }
        return string(out)
    }

    private static func fillScalar(_ fill: String) throws(PyFailure) -> Unicode.Scalar {
        let all = fill.unicodeScalars
        guard all.count == 1, let first = all.first else {
            throw PyFailure(.typeError, "The fill character must be exactly one character long")
        }
        return first
    }

    private static func pad(_ str: Scalars, left: Int, right: Int, _ fill: Unicode.Scalar) -> String {
        string(Scalars(repeating: fill, count: left) + str + Scalars(repeating: fill, count: right))
    }
}
