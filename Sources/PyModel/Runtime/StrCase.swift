/// `upper`, `lower`, `title`, `capitalize`, `swapcase` and `casefold` with Unicode full case
/// mappings (SpecialCasing), CPython's final-sigma rule for `Σ` in `lower`, `capitalize`,
/// `swapcase` and `title`, and CPython's definitions of cased characters. Swift exposes no case
/// folding table, so `casefold` derives Unicode's full folding from the case mappings (see `fold`);
/// the unicode_tables golden checks it against CPython for every code point.
extension StrAlgorithms {
    public static func upper(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(contentsOf: c.properties.uppercaseMapping.unicodeScalars) }
        return String(out)
    }

    public static func lower(_ s: String) -> String {
        let str = scalars(s)
        var out = String.UnicodeScalarView()
        for i in str.indices { out.append(contentsOf: lowerMapping(str, i)) }
        return String(out)
    }

    public static func casefold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(contentsOf: fold(c)) }
        return String(out)
    }

    /// `s.title()`: a code point after a cased one is lowered, others are title-cased.
    public static func title(_ s: String) -> String {
        let str = scalars(s)
        var out = String.UnicodeScalarView()
        var previousIsCased = false
        for i in str.indices {
            let c = str[i]
            if previousIsCased {
                out.append(contentsOf: lowerMapping(str, i))
            } else {
                out.append(contentsOf: c.properties.titlecaseMapping.unicodeScalars)
            }
            previousIsCased = c.properties.isCased
        }
        return String(out)
    }

    /// `s.capitalize()`: the first code point title-cased, the rest lowered.
    public static func capitalize(_ s: String) -> String {
        let str = scalars(s)
        var out = String.UnicodeScalarView()
        for i in str.indices {
            if i == 0 {
                out.append(contentsOf: str[i].properties.titlecaseMapping.unicodeScalars)
            } else {
                out.append(contentsOf: lowerMapping(str, i))
            }
        }
        return String(out)
    }

    public static func swapcase(_ s: String) -> String {
        let str = scalars(s)
        var out = String.UnicodeScalarView()
        for i in str.indices {
            let c = str[i]
            if c.properties.isUppercase {
                out.append(contentsOf: lowerMapping(str, i))
            } else if UnicodeClasses.isLowercase(c) {
                out.append(contentsOf: c.properties.uppercaseMapping.unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// CPython's `lower_ucs4`: the full lowercase mapping, with `Σ` becoming `ς` in final position.
    private static func lowerMapping(_ str: Scalars, _ i: Int) -> String.UnicodeScalarView {
        let c = str[i]
        if c.value == 0x3A3 { return String.UnicodeScalarView([isFinalSigma(str, i) ? "\u{3C2}" : "\u{3C3}"]) }
        return c.properties.lowercaseMapping.unicodeScalars
    }

    /// `handle_capital_sigma`: cased, case-ignorables, Σ, and no cased letter after the
    /// case-ignorables that follow.
    private static func isFinalSigma(_ str: Scalars, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && str[j].properties.isCaseIgnorable { j -= 1 }
        var final = j >= 0 && str[j].properties.isCased
        if final && i + 1 < str.count {
            j = i + 1
            while j < str.count && str[j].properties.isCaseIgnorable { j += 1 }
            final = j == str.count || !str[j].properties.isCased
        }
        return final
    }

    /// Full case folding from the case mappings: Cherokee small letters fold to capitals; every
    /// other code point that changes folds to lower(upper(lower(c))).
    private static func fold(_ c: Unicode.Scalar) -> String.UnicodeScalarView {
        guard c.properties.changesWhenCaseFolded else { return String.UnicodeScalarView([c]) }
        if (0xAB70...0xABBF).contains(c.value) || (0x13F8...0x13FD).contains(c.value) {
            return c.properties.uppercaseMapping.unicodeScalars
        }
        var out = String.UnicodeScalarView()
        for l in c.properties.lowercaseMapping.unicodeScalars {
            for u in l.properties.uppercaseMapping.unicodeScalars {
                out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }
}
