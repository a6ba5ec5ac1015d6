/// `repr(s)` for a Python str (CPython's `unicode_repr`): single quotes unless the text contains
/// a single quote and no double quote; `\\`, the quote, `\t`, `\n`, `\r` escaped; other
/// non-printable code points as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`; printable non-ASCII kept.
/// Pure functions: no state, no effects, synchronous.
public enum StrRepr {
    public static func repr(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for c in scalars {
            switch c {
            case quote, "\\":
                out.append("\\")
                out.append(c)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out.append(contentsOf: hexEscape("x", c.value, width: 2))
                } else if c.isASCII || UnicodeClasses.isPrintable(c) {
                    out.append(c)
                } else if c.value <= 0xFF {
                    out.append(contentsOf: hexEscape("x", c.value, width: 2))
                } else if c.value <= 0xFFFF {
                    out.append(contentsOf: hexEscape("u", c.value, width: 4))
                } else {
                    out.append(contentsOf: hexEscape("U", c.value, width: 8))
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    private static func hexEscape(_ letter: String, _ value: UInt32, width: Int) -> String.UnicodeScalarView {
        let hex = String(value, radix: 16)
        return ("\\" + letter + String(repeating: "0", count: max(0, width - hex.count)) + hex).unicodeScalars
    }

    /// `ascii(obj)` from `repr(obj)`: every non-ASCII code point as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
    public static func asciiEscaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c.isASCII {
                out.append(c)
            } else if c.value <= 0xFF {
                out.append(contentsOf: hexEscape("x", c.value, width: 2))
            } else if c.value <= 0xFFFF {
                out.append(contentsOf: hexEscape("u", c.value, width: 4))
            } else {
                out.append(contentsOf: hexEscape("U", c.value, width: 8))
            }
        }
        return String(out)
    }
}
