import Foundation

/// A compiled catalogue pattern, on ICU's regular-expression engine (Foundation's `NSRegularExpression`): the
/// catalogue's patterns backtrack a lot, and ICU runs them an order of magnitude faster than Swift's `Regex`.
/// Offsets in and out are UTF-8 offsets of the searched text. ICU compiles the pattern on its first search (most
/// patterns never get past the prefilter on a note); a copy shares the compiled form.
struct CompiledPattern {
    private let expression: LazyExpression
    private let groupNames: [String]
    /// Texts without these are not searched (ICU is the costliest part of a long note's check).
    let required: RequiredText

    init(_ pattern: String, groups: [String] = []) {
        self.expression = LazyExpression(pattern: pattern)
        let named = Self.namedGroups(in: pattern)
        self.groupNames = groups.filter { named.contains($0) }
        self.required = RequiredText(pattern: pattern)
    }

    /// Whether ICU accepts the pattern (a pattern it rejects matches nothing).
    var compiles: Bool { expression.compiled != nil }

    struct Match {
        let range: Range<Int>
        let groups: [String: Range<Int>]
    }

    /// Every match in `text`; `offsets` is the text's offset map, computed once for all the patterns run on it.
    func matches(in text: String, offsets: UTF16ToUTF8) -> [Match] {
        guard required.allows(text) else { return [] }
        return searched(text, offsets: offsets)
    }

    /// The same, for a caller that has established that `text` holds `required`.
    func searched(_ text: String, offsets: UTF16ToUTF8) -> [Match] {
        guard let compiled = expression.compiled else { return [] }
        let whole = NSRange(location: 0, length: offsets.utf16Count)
        return compiled.matches(in: text, range: whole).compactMap { result in
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
        return found(in: text)
    }

    /// Whether the pattern matches `text`, for a caller that has established that `text` holds `required`.
    func found(in text: String) -> Bool {
        guard let compiled = expression.compiled else { return false }
        return compiled.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// The names of the pattern's named groups, `(?<name>`, without lookbehinds (`(?<=`, `(?<!`).
    private static func namedGroups(in pattern: String) -> Set<String> {
        let scalars = Array(pattern.unicodeScalars)
        var names: Set<String> = []
        var index = 0
        while index + 3 < scalars.count {
            if scalars[index] == "(", scalars[index + 1] == "?", scalars[index + 2] == "<" {
                var end = index + 3
                while end < scalars.count, scalars[end] != ">", scalars[end] != "(", scalars[end] != ")" { end += 1 }
                if end < scalars.count, scalars[end] == ">" {
                    var name = String.UnicodeScalarView()
                    name.append(contentsOf: scalars[(index + 3)..<end])
                    names.insert(String(name))
                }
            }
            index += 1
        }
        return names
    }
}

/// ICU's compiled form of a pattern, made on first use. Not shared across threads: nothing here is.
private final class LazyExpression {
    let pattern: String
    private var compiledOnce: NSRegularExpression??

    init(pattern: String) {
        self.pattern = pattern
    }

    /// `nil` when ICU rejects the pattern.
    var compiled: NSRegularExpression? {
        if let compiledOnce { return compiledOnce }
        let expression = try? NSRegularExpression(pattern: pattern)
        compiledOnce = .some(expression)
        return expression
    }
}

/// Maps UTF-16 offsets of a string (what NSRange counts) to its UTF-8 offsets.
struct UTF16ToUTF8 {
    private var table: [Int] = []
    /// The text's length in UTF-16 code units.
    var utf16Count: Int { table.count - 1 }

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
