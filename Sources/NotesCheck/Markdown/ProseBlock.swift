/// A block of prose (a paragraph or a heading, wherever it sits) as plain text that maps back to
/// the file character by character.
///
/// The text is what a reader sees: emphasis markers, link destinations, escapes and HTML are
/// gone, entities are decoded, soft and hard line breaks are single spaces, a link or image
/// keeps its text, and a code span keeps its literal (without backticks) and is also listed in
/// `codeSpans` as an entity. A Markdown table is a paragraph here (cmark's core has no tables):
/// its pipes are text.
public struct ProseBlock: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case paragraph
        case heading(level: Int)
    }

    public var kind: Kind
    /// The block's source, from its first character to the end of its last line (line ending excluded).
    public var range: Range<ByteOffset>
    public var text: String
    /// For every UTF-8 byte of `text`, the file bytes it came from: the character itself, the
    /// whole escape (`\*`) or entity (`&amp;`) it was decoded from, or the line ending a break
    /// space stands for. A character that could not be placed gets an empty range at the
    /// position reached so far.
    public var sourceRanges: [Range<ByteOffset>]
    /// The inline code spans, in order.
    public var codeSpans: [CodeSpan]
    /// The inline HTML comments, in order (not part of `text`).
    public var htmlComments: [HTMLComment]
    public var containers: [BlockContainer]
    /// Offsets in `text` of the spaces that stand for line breaks (a table's rows are told apart by them).
    public var lineBreaks: [Int]

    public init(
        kind: Kind, range: Range<ByteOffset>, text: String, sourceRanges: [Range<ByteOffset>], codeSpans: [CodeSpan],
        htmlComments: [HTMLComment], containers: [BlockContainer], lineBreaks: [Int] = []
    ) {
        self.kind = kind
        self.range = range
        self.text = text
        self.sourceRanges = sourceRanges
        self.codeSpans = codeSpans
        self.htmlComments = htmlComments
        self.containers = containers
        self.lineBreaks = lineBreaks
    }

    /// The file range that a UTF-8 range of `text` came from: from the first byte's source to the
    /// last byte's. A code span whose literal starts or ends the range brings its backticks in.
    /// `nil` for an empty or out-of-bounds range.
    public func sourceRange(ofTextRange textRange: Range<Int>) -> Range<ByteOffset>? {
        guard !textRange.isEmpty, textRange.lowerBound >= 0, textRange.upperBound <= sourceRanges.count else {
            return nil
        }
        var lower = sourceRanges[textRange.lowerBound].lowerBound
        var upper = sourceRanges[textRange.upperBound - 1].upperBound
        for span in codeSpans {
            if span.textRange.lowerBound == textRange.lowerBound { lower = min(lower, span.range.lowerBound) }
            if span.textRange.upperBound == textRange.upperBound { upper = max(upper, span.range.upperBound) }
        }
        return lower..<max(lower, upper)
    }
}

/// An inline code span in prose, e.g. `` `asyncio.run()` ``.
public struct CodeSpan: Equatable, Sendable {
    /// The code as CommonMark defines it: line endings become spaces, and one space is stripped
    /// from each side when both sides have one.
    public var literal: String
    /// From the first opening backtick to the last closing backtick inclusive.
    public var range: Range<ByteOffset>
    /// Where `literal` sits in the block's `text` (UTF-8 offsets).
    public var textRange: Range<Int>

    public init(literal: String, range: Range<ByteOffset>, textRange: Range<Int>) {
        self.literal = literal
        self.range = range
        self.textRange = textRange
    }
}
