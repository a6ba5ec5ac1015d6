/// The character classes CPython's `unicodectype.c` defines, for single code points. Swift's
/// Unicode tables are newer than Python 3.11's Unicode 14.0: code points assigned after 14.0
/// are "unassigned" (not printable, not alphabetic) in CPython but classified here.
enum UnicodeClasses {
    /// `Py_UNICODE_ISSPACE` (`str.isspace`): bidirectional class WS, B or S, or category Zs. That is
    /// Unicode's White_Space plus the information separators U+001C–U+001F.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value >= 0x1C && c.value <= 0x1F { return true }
        return c.properties.isWhitespace
    }

    /// `Py_UNICODE_ISPRINTABLE`: everything but categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, except
    /// that the ASCII space is printable.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `Py_UNICODE_TODECIMAL`: the value of a decimal digit (category Nd), or nil.
    static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil }
        guard c.properties.numericType == .decimal, let value = c.properties.numericValue else { return nil }
        return Int(value)
    }

    /// `_PyUnicode_TransformDecimalAndSpaceToASCII`: decimal digits become ASCII digits, white space
    /// becomes a space, other non-ASCII code points become `?` (which no number parser accepts).
    static func asciiForNumberParsing(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { c in
            if c.isASCII { return UInt8(c.value) }
            if let digit = decimalValue(c) { return UInt8(0x30 + digit) }
            if isSpace(c) { return UInt8(ascii: " ") }
            return UInt8(ascii: "?")
        }
    }

    /// `Py_ISSPACE` on a byte: space, `\t`, `\n`, `\v`, `\f`, `\r`.
    static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }
}
