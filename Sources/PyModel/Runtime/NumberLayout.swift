/// CPython's `calc_number_widths`, `fill_number` and `_PyUnicode_InsertThousandsGrouping`
/// (Python/formatter_unicode.c, Objects/unicodeobject.c): how a formatted number's sign, prefix,
/// digits, decimal point and remainder are padded and grouped to a width.
struct NumberLayout {
    /// Leading digits (grouped, and zero-padded when the fill is `0` with `=` alignment).
    var digits: [Unicode.Scalar]
    /// The number is negative (its `-` was split off the digits).
    var isNegative: Bool
    /// `0x`, `0o`, `0b` for the `#` form of integers.
    var prefix: [Unicode.Scalar] = []
    var hasDecimalPoint = false
    /// Everything after the digits and the point: fraction digits, exponent, `%`, or `inf`/`nan`.
    var remainder: [Unicode.Scalar] = []
    /// Upper-case the prefix and digits (`X`).
    var upper = false

    /// Lays the number out as the spec asks; `groupEvery` is nil for no grouping.
    func render(_ spec: FormatSpec, separator: Unicode.Scalar?, groupEvery: Int?) -> String {
        var signScalar: Unicode.Scalar?
        switch spec.sign {
        case "+": signScalar = isNegative ? "-" : "+"
        case " ": signScalar = isNegative ? "-" : " "
        default: signScalar = isNegative ? "-" : nil
        }
        let separatorLength = separator == nil ? 0 : 1
        let width = spec.width ?? -1
        let nonDigits = (signScalar == nil ? 0 : 1) + prefix.count + (hasDecimalPoint ? 1 : 0) + remainder.count
        let minWidth = spec.fill == "0" && spec.align == "=" ? width - nonDigits : 0
        let grouped = digits.isEmpty
            ? []
            : Self.group(digits, minWidth: minWidth, separator: separator, separatorLength: separatorLength,
                         groupEvery: groupEvery)
        let padding = width - (nonDigits + grouped.count)
        var left = 0, inner = 0, right = 0
        if padding > 0 {
            switch spec.align {
            case "<": right = padding
            case "^":
                left = padding / 2
                right = padding - left
            case "=": inner = padding
            default: left = padding
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(spec.fill, count: left))
        if let signScalar { out.append(signScalar) }
        out.append(contentsOf: upper ? prefix.map(Self.asciiUpper) : prefix)
        out.append(contentsOf: repeatElement(spec.fill, count: inner))
        out.append(contentsOf: upper ? grouped.map(Self.asciiUpper) : grouped)
        if hasDecimalPoint { out.append(".") }
        out.append(contentsOf: remainder)
        out.append(contentsOf: repeatElement(spec.fill, count: right))
        return String(out)
    }

    /// `_PyUnicode_InsertThousandsGrouping`: digits with separators, padded with `0` digits (and
    /// separators between them) up to `minWidth`.
    private static func group(
        _ digits: [Unicode.Scalar], minWidth: Int, separator: Unicode.Scalar?, separatorLength: Int, groupEvery: Int?
    ) -> [Unicode.Scalar] {
        var minWidth = max(0, minWidth)
        var remaining = digits.count
        var chunks: [[Unicode.Scalar]] = []
        var brokeOut = false
        func take(_ length: Int) {
            let zeros = max(0, length - remaining)
            let chars = max(0, min(remaining, length))
            let chunk = Array(repeating: "0", count: zeros) + digits[(remaining - chars)..<remaining]
            chunks.append(chunk)
            remaining -= chars
        }
        if let groupEvery {
            while true {
                let length = min(groupEvery, max(max(remaining, minWidth), 1))
                take(length)
                minWidth -= length
                if remaining <= 0 && minWidth <= 0 {
                    brokeOut = true
                    break
                }
                minWidth -= separatorLength
            }
        }
        if !brokeOut { take(max(max(remaining, minWidth), 1)) }
        var out: [Unicode.Scalar] = []
        for (index, chunk) in chunks.reversed().enumerated() {
            if index > 0, let separator { out.append(separator) }
            out.append(contentsOf: chunk)
        }
        return out
    }

    private static func asciiUpper(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 0x61 && c.value <= 0x7A ? Unicode.Scalar(UInt8(c.value - 32)) : c
    }
}
