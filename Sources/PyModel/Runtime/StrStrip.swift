/// `str.strip`, `str.lstrip` and `str.rstrip`.
extension StrAlgorithms {
    /// `s.strip(chars)`; `chars == nil` strips white space (`str.isspace` code points).
    public static func strip(_ s: String, _ chars: String? = nil) -> String { trim(s, chars, left: true, right: true) }

    /// `s.lstrip(chars)`.
    public static func lstrip(_ s: String, _ chars: String? = nil) -> String { trim(s, chars, left: true, right: false) }

    /// `s.rstrip(chars)`.
    public static func rstrip(_ s: String, _ chars: String? = nil) -> String { trim(s, chars, left: false, right: true) }

    private static func trim(_ s: String, _ chars: String?, left: Bool, right: Bool) -> String {
        let str = scalars(s)
        let set = chars.map { Set($0.unicodeScalars) }
        func strippable(_ c: Unicode.Scalar) -> Bool { set?.contains(c) ?? UnicodeClasses.isSpace(c) }
        var i = 0
        var j = str.count
        if left { while i < j && strippable(str[i]) { i += 1 } }
        if right { while j > i && strippable(str[j - 1]) { j -= 1 } }
        return string(str[i..<j])
    }
}
