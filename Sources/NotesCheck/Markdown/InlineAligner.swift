/// Rebuilds the plain text of a paragraph or heading from cmark's inline nodes and places every
/// character in the file by scanning the block's source bytes.
///
/// cmark's inline positions are unreliable (wrong on continuation lines, 0:0 for breaks, code
/// spans without their backticks), so only the order and content of the inline nodes are used.
/// A cursor moves forward through the block's bytes; each character of the text is placed at the
/// first position at or after the cursor where the source spells it: the character itself, a
/// backslash escape, an entity or numeric reference that cmark decodes to it, or (for U+FFFD) a
/// NUL byte. Bytes passed over are markup (emphasis markers, brackets, container markers,
/// indentation). Link destinations and titles are skipped as a unit so that their characters are
/// never taken for text. A character that cannot be found is given an empty range at the cursor,
/// and the cursor stays.
struct InlineAligner {
    private let bytes: [UInt8]
    private var limit: ByteOffset
    private var cursor: ByteOffset
    private let containers: [BlockContainer]
    /// Inside a code span: no escapes or entities, and a line ending spells a space.
    private var isCode = false

    private(set) var text: [UInt8] = []
    private(set) var sourceRanges: [Range<ByteOffset>] = []
    /// Offsets in `text` of the spaces that stand for line breaks.
    private(set) var lineBreaks: [Int] = []
    private(set) var codeSpans: [CodeSpan] = []
    private(set) var comments: [HTMLComment] = []

    init(bytes: [UInt8], range: Range<ByteOffset>, containers: [BlockContainer]) {
        self.bytes = bytes
        self.limit = min(range.upperBound, bytes.count)
        self.cursor = range.lowerBound
        self.containers = containers
    }

    mutating func align(_ nodes: [MarkdownNode]) {
        for node in nodes {
            switch node.kind {
            case .text:
                appendText(node.literal ?? "")
            case .softBreak, .lineBreak:
                appendBreak()
            case .code:
                appendCodeSpan(node.literal ?? "")
            case .htmlInline:
                skipInlineHTML(node.literal ?? "")
            case .link, .image:
                align(node.children)
                skipLinkTail()
            default:
                align(node.children)
            }
        }
    }

    // MARK: Text

    private mutating func appendText(_ literal: String) {
        for scalar in literal.unicodeScalars {
            let scalarBytes = Array(String(scalar).utf8)
            let found = place(scalar, scalarBytes)
            if let found { cursor = found.upperBound }
            for byte in scalarBytes {
                text.append(byte)
                sourceRanges.append(found ?? cursor..<cursor)
            }
        }
    }

    /// The first source range at or after the cursor that spells `scalar`.
    private func place(_ scalar: Unicode.Scalar, _ scalarBytes: [UInt8]) -> Range<ByteOffset>? {
        var position = cursor
        while position < limit {
            if let found = spelling(of: scalar, scalarBytes, at: position) { return found }
            position += 1
        }
        return nil
    }

    /// The bytes at `position` that spell `scalar` (whose UTF-8 is `scalarBytes`), if they do.
    private func spelling(of scalar: Unicode.Scalar, _ scalarBytes: [UInt8], at position: ByteOffset)
        -> Range<ByteOffset>?
    {
        let byte = bytes[position]
        if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
            let lineEnding = lineEndingRange(at: position)
            return scalar == "\n" || (isCode && scalar == " ") ? lineEnding : nil
        }
        if !isCode, byte == UInt8(ascii: "\\"), position + 1 < limit, scalar.isASCII,
            bytes[position + 1] == UInt8(scalar.value), InlineAligner.isASCIIPunctuation(bytes[position + 1])
        {
            return position..<(position + 2)
        }
        if !isCode, byte == UInt8(ascii: "&"), let end = entityEnd(at: position),
            decoded(position..<end) == String(scalar)
        {
            return position..<end
        }
        if scalar == "\u{FFFD}", byte == 0 {
            return position..<(position + 1)
        }
        let end = position + scalarBytes.count
        guard end <= limit else { return nil }
        for (index, expected) in scalarBytes.enumerated() where bytes[position + index] != expected { return nil }
        return position..<end
    }

    private func lineEndingRange(at position: ByteOffset) -> Range<ByteOffset> {
        let isCRLF =
            bytes[position] == UInt8(ascii: "\r") && position + 1 < limit
            && bytes[position + 1] == UInt8(ascii: "\n")
        return position..<(position + (isCRLF ? 2 : 1))
    }

    /// The end of an entity or numeric character reference starting at `position`, if one does.
    private func entityEnd(at position: ByteOffset) -> ByteOffset? {
        var index = position + 1
        let body: (UInt8) -> Bool
        var maximum = 32
        if index < limit, bytes[index] == UInt8(ascii: "#") {
            index += 1
            if index < limit, bytes[index] | 0x20 == UInt8(ascii: "x") {
                index += 1
                body = { $0.isHexDigit }
                maximum = 6
            } else {
                body = { $0.isDecimalDigit }
                maximum = 7
            }
        } else {
            body = { $0.isAlphanumeric }
        }
        let bodyStart = index
        while index < limit, index - bodyStart < maximum, body(bytes[index]) { index += 1 }
        guard index > bodyStart, index < limit, bytes[index] == UInt8(ascii: ";") else { return nil }
        return index + 1
    }

    /// What the reference at `range` decodes to (cmark decides, so this agrees with the text).
    private func decoded(_ range: Range<ByteOffset>) -> String {
        CmarkBridge.decodeReference(String(decoding: bytes[range], as: UTF8.self))
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    // MARK: Breaks

    /// A soft or hard line break is one space standing for the next line ending.
    private mutating func appendBreak() {
        var position = cursor
        while position < limit, bytes[position] != UInt8(ascii: "\r"), bytes[position] != UInt8(ascii: "\n") {
            position += 1
        }
        let found = position < limit ? lineEndingRange(at: position) : cursor..<cursor
        cursor = found.upperBound
        lineBreaks.append(text.count)
        text.append(UInt8(ascii: " "))
        sourceRanges.append(found)
    }

    // MARK: Code spans

    /// Finds the span's backtick strings, then places its literal inside them.
    private mutating func appendCodeSpan(_ literal: String) {
        guard let open = nextIndex(from: cursor, where: { $0 == UInt8(ascii: "`") }) else {
            appendText(literal)
            return
        }
        let runLength = backtickRun(at: open)
        var search = open + runLength
        var close: ByteOffset?
        while let candidate = nextIndex(from: search, where: { $0 == UInt8(ascii: "`") }) {
            let length = backtickRun(at: candidate)
            if length == runLength {
                close = candidate
                break
            }
            search = candidate + length
        }
        guard let close else {
            appendText(literal)
            return
        }
        let textStart = text.count
        let outerLimit = limit
        cursor = open + runLength
        limit = close
        isCode = true
        appendText(literal)
        isCode = false
        limit = outerLimit
        cursor = close + runLength
        codeSpans.append(CodeSpan(literal: literal, range: open..<cursor, textRange: textStart..<text.count))
    }

    private func backtickRun(at position: ByteOffset) -> Int {
        var end = position
        while end < limit, bytes[end] == UInt8(ascii: "`") { end += 1 }
        return end - position
    }

    private func nextIndex(from start: ByteOffset, where predicate: (UInt8) -> Bool) -> ByteOffset? {
        var position = start
        while position < limit {
            if predicate(bytes[position]) { return position }
            position += 1
        }
        return nil
    }

    // MARK: Inline HTML and links

    /// Inline HTML is not text; a comment is kept as an entity of the block.
    private mutating func skipInlineHTML(_ literal: String) {
        guard let open = nextIndex(from: cursor, where: { $0 == UInt8(ascii: "<") }) else { return }
        cursor = open
        isCode = true
        for scalar in literal.unicodeScalars {
            if let found = place(scalar, Array(String(scalar).utf8)) { cursor = found.upperBound }
        }
        isCode = false
        if literal.hasPrefix("<!--"), literal.hasSuffix("-->"), literal.utf8.count >= 7 {
            let inner = String(decoding: Array(literal.utf8).dropFirst(4).dropLast(3), as: UTF8.self)
            comments.append(HTMLComment(text: inner, range: open..<cursor, isInline: true, containers: containers))
        }
    }

    /// After a link's or image's text: the `>` of an autolink, or `]` and then an inline
    /// destination `(...)` or a reference label `[...]`.
    private mutating func skipLinkTail() {
        guard let close = nextIndex(from: cursor, where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: ">") })
        else { return }
        cursor = close + 1
        guard bytes[close] == UInt8(ascii: "]"), cursor < limit else { return }
        if bytes[cursor] == UInt8(ascii: "(") {
            skipInlineDestination()
        } else if bytes[cursor] == UInt8(ascii: "["),
            let labelEnd = nextIndex(from: cursor, where: { $0 == UInt8(ascii: "]") })
        {
            cursor = labelEnd + 1
        }
    }

    /// Skips `(destination "title")` from its `(`: parentheses nest, backslash escapes, `<...>`
    /// destinations and quoted titles (which start after whitespace) hide their contents.
    private mutating func skipInlineDestination() {
        var position = cursor + 1
        var depth = 1
        var closingQuote: UInt8?
        while position < limit {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") {
                position += 2
                continue
            }
            if let quote = closingQuote {
                if byte == quote { closingQuote = nil }
            } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
                && InlineAligner.isWhitespace(bytes[position - 1])
            {
                closingQuote = byte
            } else if byte == UInt8(ascii: "<") && position == cursor + 1 {
                position = nextIndex(from: position, where: { $0 == UInt8(ascii: ">") }) ?? position
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 {
                    cursor = position + 1
                    return
                }
            }
            position += 1
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}

extension UInt8 {
    fileprivate var isDecimalDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isHexDigit: Bool {
        isDecimalDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self | 0x20)
    }
    fileprivate var isAlphanumeric: Bool {
        isDecimalDigit || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self | 0x20)
    }
}
