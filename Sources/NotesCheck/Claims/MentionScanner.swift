/// Finds the mentions of a sentence: its code spans, quoted texts and stated durations.
public enum MentionScanner {
    public static func mentions(in sentence: Sentence) -> [Mention] {
        let bytes = Array(sentence.text.utf8)
        var found: [Mention] = sentence.codeSpans.compactMap { span in
            guard span.lowerBound >= 0, span.upperBound <= bytes.count else { return nil }
            var lower = span.lowerBound
            var upper = span.upperBound
            while lower < upper, bytes[lower] == UInt8(ascii: "`") { lower += 1 }
            while upper > lower, bytes[upper - 1] == UInt8(ascii: "`") { upper -= 1 }
            let literal = String(decoding: bytes[lower..<upper], as: UTF8.self).trimmingSpaces()
            return Mention(kind: .code(literal), range: span)
        }
        let taken = found.map(\.range)
        found += quotes(in: bytes, avoiding: taken)
        found += durations(in: sentence.text, avoiding: found.map(\.range))
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: quotes

    private static let quotePairs: [(open: [UInt8], close: [UInt8])] = [
        (Array("\"".utf8), Array("\"".utf8)),
        (Array("\u{201C}".utf8), Array("\u{201D}".utf8)),
        (Array("'".utf8), Array("'".utf8)),
        (Array("\u{2018}".utf8), Array("\u{2019}".utf8)),
    ]

    private static func quotes(in bytes: [UInt8], avoiding taken: [Range<Int>]) -> [Mention] {
        var result: [Mention] = []
        var index = 0
        scan: while index < bytes.count {
            if let span = taken.first(where: { $0.contains(index) }) {
                index = span.upperBound
                continue
            }
            for pair in quotePairs where bytes.hasPrefix(pair.open, at: index) {
                let isApostrophe = pair.open == Array("'".utf8) || pair.open == Array("\u{2018}".utf8)
                if isApostrophe, index > 0, isWordByte(bytes[index - 1]) { break }
                let contentStart = index + pair.open.count
                var end = contentStart
                while end < bytes.count, !bytes.hasPrefix(pair.close, at: end), end - contentStart < 200 {
                    if taken.contains(where: { $0.contains(end) }) { break }
                    end += 1
                }
                guard end < bytes.count, bytes.hasPrefix(pair.close, at: end), end > contentStart else { break }
                let after = end + pair.close.count
                if isApostrophe, after < bytes.count, isWordByte(bytes[after]) { break }
                let literal = String(decoding: bytes[contentStart..<end], as: UTF8.self)
                if literal.first == " " || literal.last == " " { break }
                result.append(Mention(kind: .quoted(literal), range: index..<after))
                index = after
                continue scan
            }
            index += 1
        }
        return result
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80
    }

    // MARK: durations

    private static let hedges = ["about", "around", "roughly", "approximately", "approx.", "approx", "almost", "nearly",
                                 "some", "~", "≈", "circa", "close to", "just over", "just under", "a little over",
                                 "a bit over", "a bit more than", "a little more than", "over"]

    private static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "half a": 0.5,
        "a half": 0.5, "zero": 0,
    ]

    /// Number words, longest first (so "half a" wins over "a"), as bytes.
    private static let numberWordBytes: [(bytes: [UInt8], value: Double)] =
        numberWords.sorted { $0.key.count > $1.key.count }.map { (Array($0.key.utf8), $0.value) }
    private static let unitBytes: [(bytes: [UInt8], seconds: Double)] = units.map { (Array($0.word.utf8), $0.seconds) }
    private static let hedgeBytes: [(word: String, bytes: [UInt8])] = hedges.map { ($0, Array($0.utf8)) }

    private static let units: [(word: String, seconds: Double)] = [
        ("milliseconds", 0.001), ("millisecond", 0.001), ("ms", 0.001),
        ("seconds", 1), ("second", 1), ("secs", 1), ("sec", 1), ("s", 1),
        ("minutes", 60), ("minute", 60), ("mins", 60), ("min", 60),
    ]

    private static func durations(in text: String, avoiding taken: [Range<Int>]) -> [Mention] {
        let lower = Array(text.lowercased().utf8)
        guard lower.count == text.utf8.count else { return [] }
        var result: [Mention] = []
        var index = 0
        while index < lower.count {
            if let span = taken.first(where: { $0.contains(index) }) {
                index = span.upperBound
                continue
            }
            if index == 0 || !isWordByte(lower[index - 1]) || lower[index - 1] == UInt8(ascii: "~"),
               let (value, digits, afterNumber) = number(in: lower, at: index),
               let (unitSeconds, afterUnit) = unit(in: lower, at: afterNumber) {
                let (hedged, start) = hedge(before: index, in: lower)
                let seconds = value * unitSeconds
                let halfDigit = 0.5 * unitSeconds * digits
                result.append(Mention(kind: .duration(StatedDuration(seconds: seconds, hedged: hedged, halfLastDigit: halfDigit)),
                                      range: start..<afterUnit))
                index = afterUnit
                continue
            }
            index += 1
        }
        return result
    }

    /// A number at `index`: its value, the size of its last digit's unit (1 for "5", 0.1 for "2.5"), and where it ends.
    private static func number(in bytes: [UInt8], at index: Int) -> (Double, Double, Int)? {
        var end = index
        while end < bytes.count, isDigitByte(bytes[end]) { end += 1 }
        if end > index {
            var digitUnit = 1.0
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), isDigitByte(bytes[end + 1]) {
                end += 1
                while end < bytes.count, isDigitByte(bytes[end]) {
                    digitUnit /= 10
                    end += 1
                }
            }
            guard let value = Double(String(decoding: bytes[index..<end], as: UTF8.self)) else { return nil }
            return (value, digitUnit, end)
        }
        for (wordBytes, value) in numberWordBytes {
            if bytes.hasPrefix(wordBytes, at: index) {
                let after = index + wordBytes.count
                guard after < bytes.count, !isWordByte(bytes[after]) else { continue }
                return (value, value < 1 ? value : 1, after)
            }
        }
        return nil
    }

    private static func unit(in bytes: [UInt8], at index: Int) -> (Double, Int)? {
        var start = index
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "-") { start += 1 }
        guard start - index <= 1 else { return nil }
        for (wordBytes, seconds) in unitBytes {
            if bytes.hasPrefix(wordBytes, at: start) {
                let after = start + wordBytes.count
                if after < bytes.count, isWordByte(bytes[after]) { continue }
                return (seconds, after)
            }
        }
        return nil
    }

    private static func hedge(before index: Int, in bytes: [UInt8]) -> (Bool, Int) {
        var end = index
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        for (word, wordBytes) in hedgeBytes {
            let start = end - wordBytes.count
            guard start >= 0, bytes.hasPrefix(wordBytes, at: start) else { continue }
            if start > 0, isWordByte(bytes[start - 1]), word != "~" { continue }
            return (true, start)
        }
        return (false, index)
    }

    private static func isDigitByte(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

extension Array where Element == UInt8 {
    func hasPrefix(_ prefix: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + prefix.count <= count else { return false }
        for offset in 0..<prefix.count where self[index + offset] != prefix[offset] { return false }
        return true
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
