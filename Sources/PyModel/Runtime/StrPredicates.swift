/// The `str.is…()` predicates with CPython's character classes (Objects/unicodectype.c).
/// All but `isascii` are false for the empty string.
extension StrAlgorithms {
    public static func isspace(_ s: String) -> Bool { all(s, UnicodeClasses.isSpace) }
    public static func isalpha(_ s: String) -> Bool { all(s, isAlpha) }
    public static func isdecimal(_ s: String) -> Bool { all(s) { $0.properties.numericType == .decimal } }
    public static func isdigit(_ s: String) -> Bool { all(s, isDigit) }
    public static func isnumeric(_ s: String) -> Bool { all(s) { UnicodeClasses.numericType($0) != nil } }
    public static func isalnum(_ s: String) -> Bool {
        all(s) { isAlpha($0) || UnicodeClasses.numericType($0) != nil }
    }
    public static func isprintable(_ s: String) -> Bool { s.unicodeScalars.allSatisfy(UnicodeClasses.isPrintable) }
    public static func isascii(_ s: String) -> Bool { s.unicodeScalars.allSatisfy(\.isASCII) }

    /// At least one cased code point and no lowercase or titlecase one.
    public static func isupper(_ s: String) -> Bool {
        var cased = false
        for c in s.unicodeScalars {
            if UnicodeClasses.isLowercase(c) || isTitle(c) { return false }
            if c.properties.isUppercase { cased = true }
        }
        return cased
    }

    /// At least one cased code point and no uppercase or titlecase one.
    public static func islower(_ s: String) -> Bool {
        var cased = false
        for c in s.unicodeScalars {
            if c.properties.isUppercase || isTitle(c) { return false }
            if UnicodeClasses.isLowercase(c) { cased = true }
        }
        return cased
    }

    /// Upper and titlecase code points only after uncased ones, lowercase only after cased ones.
    public static func istitle(_ s: String) -> Bool {
        var cased = false
        var previousIsCased = false
        for c in s.unicodeScalars {
            if c.properties.isUppercase || isTitle(c) {
                if previousIsCased { return false }
                previousIsCased = true
                cased = true
            } else if UnicodeClasses.isLowercase(c) {
                if !previousIsCased { return false }
                previousIsCased = true
                cased = true
            } else {
                previousIsCased = false
            }
        }
        return cased
    }

    /// XID_Start or `_`, then XID_Continue.
    public static func isidentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        guard first.properties.isXIDStart || first == "_" else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy(\.properties.isXIDContinue)
    }

    private static func all(_ s: String, _ predicate: (Unicode.Scalar) -> Bool) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy(predicate)
    }

    /// Categories Lu, Ll, Lt, Lm, Lo.
    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Numeric_Type Digit or Decimal.
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.properties.numericType == .decimal || c.properties.numericType == .digit
    }

    static func isTitle(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .titlecaseLetter }
}
