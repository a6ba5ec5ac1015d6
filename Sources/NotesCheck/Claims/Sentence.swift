/// One sentence of prose, as the claim rules read it.
///
/// `text` is a slice of a prose block's text (code spans as their literals, no backticks); `codeSpans` are the
/// UTF-8 ranges of those literals in `text`. Every UTF-8 byte of `text` knows the file bytes it came from, so a
/// claim can underline exactly its own words.
public struct Sentence: Equatable, Sendable {
    public var text: String
    public var codeSpans: [Range<Int>]
    /// For every UTF-8 byte of `text`, the file bytes it came from.
    public var sourceRanges: [Range<ByteOffset>]
    /// For every code span, its file range from the opening to the closing backtick.
    public var codeSpanSources: [Range<ByteOffset>]

    public init(text: String, codeSpans: [Range<Int>], sourceRanges: [Range<ByteOffset>], codeSpanSources: [Range<ByteOffset>]) {
        self.text = text
        self.codeSpans = codeSpans
        self.sourceRanges = sourceRanges
        self.codeSpanSources = codeSpanSources
    }

    /// The file byte range of a UTF-8 range of `text`; a code span at either edge brings its backticks in.
    /// `nil` for an empty or out-of-bounds range.
    public func fileRange(of range: Range<Int>) -> Range<ByteOffset>? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= sourceRanges.count else { return nil }
        var lower = sourceRanges[range.lowerBound].lowerBound
        var upper = sourceRanges[range.upperBound - 1].upperBound
        for (span, source) in zip(codeSpans, codeSpanSources) {
            if span.lowerBound == range.lowerBound { lower = min(lower, source.lowerBound) }
            if span.upperBound == range.upperBound { upper = max(upper, source.upperBound) }
        }
        return lower..<max(lower, upper)
    }

    /// The text of a UTF-8 range of the sentence.
    public func substring(_ range: Range<Int>) -> String {
        let bytes = Array(text.utf8)
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}

extension ProseBlock {
    /// The block's sentences, each with its own slice of the block's source map. A table's rows below its
    /// delimiter row are read as a reader reads them, under the header: each such sentence is the header row,
    /// the delimiter row and the row itself.
    public var sentences: [Sentence] {
        let bytes = Array(text.utf8)
        let ranges = SentenceSplitter.split(text, protected: codeSpans.map(\.textRange), lineBreaks: lineBreaks)
        guard let delimiter = ranges.firstIndex(where: { SentenceSplitter.isDelimiterRow(bytes[$0]) }), delimiter > 0 else {
            return ranges.map { sentence(of: [$0], bytes: bytes) }
        }
        return ranges.indices.map { index in
            let pieces = index > delimiter ? [ranges[delimiter - 1], ranges[delimiter], ranges[index]] : [ranges[index]]
            return sentence(of: pieces, bytes: bytes)
        }
    }

    /// One sentence made of pieces of the block's text, joined by a space.
    private func sentence(of pieces: [Range<Int>], bytes: [UInt8]) -> Sentence {
        var text: [UInt8] = []
        var spans: [Range<Int>] = []
        var sources: [Range<ByteOffset>] = []
        var spanSources: [Range<ByteOffset>] = []
        for piece in pieces {
            if let last = sources.last {
                text.append(UInt8(ascii: " "))
                sources.append(last.upperBound..<last.upperBound)
            }
            let inside = codeSpans.filter { piece.contains($0.textRange.lowerBound) && $0.textRange.upperBound <= piece.upperBound }
            let shift = text.count - piece.lowerBound
            spans += inside.map { ($0.textRange.lowerBound + shift)..<($0.textRange.upperBound + shift) }
            spanSources += inside.map(\.range)
            text += bytes[piece.clamped(to: 0..<bytes.count)]
            sources += sourceRanges[piece.clamped(to: 0..<sourceRanges.count)]
        }
        return Sentence(text: String(decoding: text, as: UTF8.self), codeSpans: spans, sourceRanges: sources,
                        codeSpanSources: spanSources)
    }
}
