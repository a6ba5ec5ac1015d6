/// A sentence as the claim rules see it: lower case, white space folded, and every mention replaced by a
/// token (`{c0}` a code span, `{q1}` a quote, `{d2}` a duration; the number is the mention's index). A table
/// row's cell separators read as `;`.
///
/// Rules are regular expressions over this text, so they need not care how a name was quoted or a time written.
public struct ClaimText: Sendable {
    public let normalized: String
    public let mentions: [Mention]
    /// For each UTF-8 offset of `normalized` (and one past its end), the UTF-8 offset in the sentence.
    private let origins: [Int]

    public init(sentence: Sentence, mentions: [Mention]) {
        let bytes = Array(sentence.text.utf8)
        var output: [UInt8] = []
        var origins: [Int] = []
        var index = 0
        var lastWasSpace = true
        let ordered = mentions.enumerated().sorted { $0.element.range.lowerBound < $1.element.range.lowerBound }
        var next = ordered[...]
        let pipe = UInt8(ascii: "|")
        let content = bytes.firstIndex { $0 != pipe && !Self.isSpace($0) }.map { $0...(bytes.lastIndex { $0 != pipe && !Self.isSpace($0) } ?? $0) }
        while index < bytes.count {
            if let (number, mention) = next.first, mention.range.lowerBound <= index {
                next = next.dropFirst()
                guard mention.range.lowerBound == index else { continue }
                let token = Array("{\(Self.tag(of: mention))\(number)\(Self.hint(of: mention))}".utf8)
                output += token
                origins += Array(repeating: index, count: token.count)
                index = max(mention.range.upperBound, index + 1)
                lastWasSpace = false
                continue
            }
            if bytes.hasPrefix(Self.curlyApostrophe, at: index) {
                output.append(UInt8(ascii: "'"))
                origins.append(index)
                index += Self.curlyApostrophe.count
                lastWasSpace = false
                continue
            }
            var byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") { byte = UInt8(ascii: " ") }
            if byte == pipe {
                // A table row's cells: the outer pipes go, the inner ones part clauses.
                byte = content?.contains(index) == true ? UInt8(ascii: ";") : UInt8(ascii: " ")
            }
            if byte == UInt8(ascii: " ") {
                if !lastWasSpace {
                    output.append(byte)
                    origins.append(index)
                }
                lastWasSpace = true
            } else {
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
                output.append(byte)
                origins.append(index)
                lastWasSpace = false
            }
            index += 1
        }
        while output.last == UInt8(ascii: " ") {
            output.removeLast()
            origins.removeLast()
        }
        origins.append(content.map { $0.upperBound + 1 } ?? bytes.count)
        self.normalized = String(decoding: output, as: UTF8.self)
        self.mentions = mentions
        self.origins = origins
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// The sentence range (UTF-8 offsets) of a range of `normalized` (UTF-8 offsets).
    public func sentenceRange(of range: Range<Int>) -> Range<Int> {
        let lower = origins[min(max(range.lowerBound, 0), origins.count - 1)]
        let upperIndex = min(max(range.upperBound, 0), origins.count - 1)
        var upper = origins[upperIndex]
        if upperIndex > 0, range.upperBound > range.lowerBound {
            let lastOrigin = origins[upperIndex - 1]
            if let mention = mentions.first(where: { $0.range.lowerBound == lastOrigin }) {
                upper = max(upper, mention.range.upperBound)
            } else {
                upper = max(upper, lastOrigin + 1)
            }
        }
        return lower..<max(lower, upper)
    }

    /// The indices of the mentions whose tokens stand inside a range of `normalized`.
    public func mentionIndices(in range: Range<Int>) -> [Int] {
        let bytes = Array(normalized.utf8)
        var result: [Int] = []
        var index = max(range.lowerBound, 0)
        while index < min(range.upperBound, bytes.count) {
            if bytes[index] == UInt8(ascii: "{") {
                var end = index + 2
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
                if end > index + 2, let number = Int(String(decoding: bytes[(index + 2)..<end], as: UTF8.self)) {
                    while end < bytes.count, bytes[end] != UInt8(ascii: "}") { end += 1 }
                    result.append(number)
                    index = end
                }
            }
            index += 1
        }
        return result
    }

    private static func tag(of mention: Mention) -> String {
        switch mention.kind {
        case .code: return "c"
        case .quoted: return "q"
        case .duration: return "d"
        }
    }

    /// A code span's literal inside its token, so rules can name APIs: `{c0=asyncio.sleep(0)}`. Lower case,
    /// without spaces and braces.
    private static func hint(of mention: Mention) -> String {
        guard case .code(let literal) = mention.kind else { return "" }
        let folded = literal.lowercased().unicodeScalars.filter { $0 != " " && $0 != "{" && $0 != "}" && $0 != "\n" }
        return "=" + String(String.UnicodeScalarView(folded))
    }

    private static let curlyApostrophe = Array("\u{2019}".utf8)
}
