import Foundation

/// A compiled catalogue pattern, on ICU's regular-expression engine (Foundation's `NSRegularExpression`): the
/// catalogue's patterns backtrack a lot, and ICU runs them an order of magnitude faster than Swift's `Regex`.
/// Offsets in and out are UTF-8 offsets of the searched text.
struct CompiledPattern {
    private let expression: NSRegularExpression
    private let groupNames: [String]
    /// Texts without any of these are not searched (ICU is the costliest part of a long note's check).
    let required: RequiredText

    /// `nil` when the pattern does not compile (the catalogue's tests keep that from happening).
    init?(_ pattern: String, groups: [String] = []) {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        self.expression = expression
        self.groupNames = groups.filter { pattern.contains("(?<\($0)>") }
        self.required = RequiredText(pattern: pattern)
    }

    struct Match {
        let range: Range<Int>
        let groups: [String: Range<Int>]
    }

    /// Every match in `text`; `offsets` is the text's offset map, computed once for all the patterns run on it.
    func matches(in text: String, offsets: UTF16ToUTF8) -> [Match] {
        guard required.allows(text) else { return [] }
        let whole = NSRange(location: 0, length: (text as NSString).length)
        return expression.matches(in: text, range: whole).compactMap { result in
            guard let range = offsets.range(result.range) else { return nil }
            var groups: [String: Range<Int>] = [:]
            for name in groupNames {
                let group = result.range(withName: name)
                if group.location != NSNotFound, let converted = offsets.range(group) { groups[name] = converted }
            }
            return Match(range: range, groups: groups)
        }
    }

    func matches(_ text: String) -> Bool {
        guard required.allows(text) else { return false }
        return expression.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }
}

/// Maps UTF-16 offsets of a string (what NSRange counts) to its UTF-8 offsets.
struct UTF16ToUTF8 {
    private var table: [Int] = []

    init(_ text: String) {
        var utf8 = 0
        for scalar in text.unicodeScalars {
            let units = scalar.utf16.count
            for _ in 0..<units { table.append(utf8) }
            utf8 += scalar.utf8.count
        }
        table.append(utf8)
    }

    func range(_ range: NSRange) -> Range<Int>? {
        guard range.location != NSNotFound, range.location >= 0, range.location + range.length < table.count else { return nil }
        return table[range.location]..<table[range.location + range.length]
    }
}
