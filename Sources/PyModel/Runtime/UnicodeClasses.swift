/// The character classes CPython's `unicodectype.c` defines, for single code points. Swift's
/// Unicode tables are newer than Python 3.11's Unicode 14.0: code points assigned after 14.0
/// are "unassigned" (not printable, not alphabetic) in CPython but classified here, and the few
/// properties of older code points that changed since 14.0 are corrected to 14.0's values below
/// (found by comparing every code point with CPython, see UnicodeTablesTests).
enum UnicodeClasses {
    /// Lowercase in Unicode 14.0 but not in Swift's tables.
    private static let lowercaseOnlyIn14: Set<UInt32> = [0x295]
    /// Lowercase in Swift's tables but not in Unicode 14.0.
    private static let lowercaseOnlyInSwift: Set<UInt32> = [0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69]
    /// Numeric in Swift's tables but not in Unicode 14.0 (ideographs given numeric values later).
    private static let numericOnlyInSwift: Set<UInt32> = [
        0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
        0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399,
    ]

    /// `Py_UNICODE_ISLOWER`: Unicode 14.0's Lowercase property.
    static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        if lowercaseOnlyIn14.contains(c.value) { return true }
        if lowercaseOnlyInSwift.contains(c.value) { return false }
        return c.properties.isLowercase
    }

    /// Unicode 14.0's Numeric_Type (`Py_UNICODE_ISNUMERIC` is "has one").
    static func numericType(_ c: Unicode.Scalar) -> Unicode.NumericType? {
        numericOnlyInSwift.contains(c.value) ? nil : c.properties.numericType
    }

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
