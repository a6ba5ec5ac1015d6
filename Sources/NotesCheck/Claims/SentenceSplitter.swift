/// Splits a prose block's text into sentences.
///
/// A sentence ends at `.`, `!` or `?` followed by white space and then something that can start a sentence
/// (an upper-case letter, a digit, a quote, a backtick, a bracket), or at the end of the text. Periods inside
/// code spans, in decimals ("2.5 s"), in ellipses followed by lower case, and after common abbreviations
/// ("e.g.", "i.e.", "vs.", "etc.") do not end a sentence. A colon or semicolon never ends one: clauses are the
/// rules' business. Each row of a table (a paragraph with a delimiter row, or lines that start or end with `|`) is a
/// sentence of its own.
public enum SentenceSplitter {
    /// UTF-8 ranges of the sentences in `text`, trimmed of surrounding white space. `protected` ranges
    /// (code spans) are never split; `lineBreaks` are the offsets of characters that stand for line breaks.
    public static func split(_ text: String, protected: [Range<Int>], lineBreaks: [Int] = []) -> [Range<Int>] {
        let breaks = Set(lineBreaks)
        let isTable = hasDelimiterRow(Array(text.utf8), lineBreaks: lineBreaks)
        let bytes = Array(text.utf8)
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        var spans = protected.sorted { $0.lowerBound < $1.lowerBound }[...]
        while index < bytes.count {
            if let span = spans.first, span.contains(index) {
                index = span.upperBound
                spans = spans.dropFirst()
                continue
            }
            while let span = spans.first, span.upperBound <= index { spans = spans.dropFirst() }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") {
                append(start..<index, of: bytes, to: &sentences)
                start = index + 1
            } else if breaks.contains(index), isTable || isRowBreak(at: index, in: bytes) {
                append(start..<index, of: bytes, to: &sentences)
                start = index + 1
            } else if isTerminator(byte), endsSentence(at: index, in: bytes, protected: protected) {
                var end = index + 1
                while end < bytes.count, isTerminator(bytes[end]) || isClosing(bytes[end]) { end += 1 }
                append(start..<end, of: bytes, to: &sentences)
                start = end
                index = end
                continue
            }
            index += 1
        }
        append(start..<bytes.count, of: bytes, to: &sentences)
        return sentences
    }

    /// Whether one of the lines is a table's delimiter row (`|---|:---:|`, `--- | ---`): then every line is a row.
    private static func hasDelimiterRow(_ bytes: [UInt8], lineBreaks: [Int]) -> Bool {
        var start = 0
        for end in lineBreaks.sorted() + [bytes.count] where end >= start && end <= bytes.count {
            if isDelimiterRow(bytes[start..<end]) { return true }
            start = end + 1
        }
        return false
    }

    /// A table's delimiter row: only pipes, dashes, colons and spaces, with at least one pipe and one dash.
    static func isDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        line.contains(UInt8(ascii: "|")) && line.contains(UInt8(ascii: "-")) && line.allSatisfy { "|-: ".utf8.contains($0) }
    }

    /// A line break at `index` between two rows of a table (`| a | b |`): each row is a sentence of its own.
    private static func isRowBreak(at index: Int, in bytes: [UInt8]) -> Bool {
        var before = index
        while before > 0, bytes[before - 1] == UInt8(ascii: " ") { before -= 1 }
        var after = index + 1
        while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
        let pipe = UInt8(ascii: "|")
        return (before > 0 && bytes[before - 1] == pipe) || (after < bytes.count && bytes[after] == pipe)
    }

    private static let abbreviations: Set<String> = ["e.g", "i.e", "vs", "etc", "cf", "approx", "ca", "mr", "dr", "fig", "no"]

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    private static func isClosing(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "*")
            || byte == UInt8(ascii: "_")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func endsSentence(at index: Int, in bytes: [UInt8], protected: [Range<Int>]) -> Bool {
        var next = index + 1
        while next < bytes.count, isTerminator(bytes[next]) || isClosing(bytes[next]) { next += 1 }
        if next >= bytes.count { return true }
        guard isSpace(bytes[next]) else { return false }
        if bytes[index] == UInt8(ascii: ".") {
            if index > 0, isDigit(bytes[index - 1]), index + 1 < bytes.count, isDigit(bytes[index + 1]) { return false }
            if isAbbreviation(before: index, in: bytes) { return false }
        }
        while next < bytes.count, isSpace(bytes[next]) { next += 1 }
        guard next < bytes.count else { return true }
        if protected.contains(where: { $0.lowerBound == next }) { return true }
        let first = bytes[next]
        if first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") { return false }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isAbbreviation(before index: Int, in bytes: [UInt8]) -> Bool {
        var start = index
        while start > 0, !isSpace(bytes[start - 1]), bytes[start - 1] != UInt8(ascii: "(") { start -= 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        return abbreviations.contains(word)
    }

    private static func append(_ range: Range<Int>, of bytes: [UInt8], to sentences: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        if lower < upper { sentences.append(lower..<upper) }
    }
}
