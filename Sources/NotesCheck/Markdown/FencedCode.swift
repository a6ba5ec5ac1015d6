/// A fenced code block (``` or ~~~), with exact file positions for its fence and every line of
/// its content.
///
/// cmark strips the indentation of a fence inside a list item or block quote; `lines` keep
/// cmark's text of each line (what CommonMark says the code is) together with the file bytes it
/// came from, so a position in the code maps back to the file exactly.
public struct FencedCode: Equatable, Sendable {
    public enum FenceCharacter: String, Equatable, Sendable {
        case backtick = "`"
        case tilde = "~"
    }

    /// The info string as cmark decodes it (escapes and entities resolved, trimmed); `""` when absent.
    public var info: String
    /// The info string's first word (`python` in "python title=x"); `nil` when the info string is empty.
    public var language: String?
    public var fenceCharacter: FenceCharacter
    /// The number of fence characters of the opening fence.
    public var fenceLength: Int
    /// From the opening fence's first character to the end of the closing fence's line (line
    /// ending excluded); to the end of the last content line when the fence is not closed.
    public var range: Range<ByteOffset>
    /// From the first content line's first character to the end of the last content line (line
    /// ending excluded); an empty range at the start of the line after the opening fence when
    /// there is no content.
    public var contentRange: Range<ByteOffset>
    /// The content lines, in order.
    public var lines: [CodeLine]
    /// Whether a closing fence ends the block (otherwise it runs to the end of its container or file).
    public var isClosed: Bool
    /// Where the fence sits, outermost container first; empty at the top level.
    public var containers: [BlockContainer]

    public init(
        info: String, language: String?, fenceCharacter: FenceCharacter, fenceLength: Int, range: Range<ByteOffset>,
        contentRange: Range<ByteOffset>, lines: [CodeLine], isClosed: Bool, containers: [BlockContainer]
    ) {
        self.info = info
        self.language = language
        self.fenceCharacter = fenceCharacter
        self.fenceLength = fenceLength
        self.range = range
        self.contentRange = contentRange
        self.lines = lines
        self.isClosed = isClosed
        self.containers = containers
    }

    /// The code as cmark gives it: every line followed by `"\n"` (CRLF files included).
    public var content: String {
        lines.map { $0.text + "\n" }.joined()
    }

    /// The file offset of a byte offset into `content`; `nil` outside it. The newline that ends
    /// a line maps to the end of that line's bytes.
    public func fileOffset(contentOffset: Int) -> ByteOffset? {
        guard contentOffset >= 0 else { return nil }
        var lineStart = 0
        for line in lines {
            let lineLength = line.text.utf8.count
            if contentOffset <= lineLength + lineStart {
                return line.fileOffset(textOffset: contentOffset - lineStart)
            }
            lineStart += lineLength + 1
        }
        return nil
    }
}

/// One line of a fenced code block's content.
public struct CodeLine: Equatable, Sendable {
    /// The line as cmark gives it, without its line ending.
    public var text: String
    /// The file bytes the line's text came from (line ending excluded). When cmark expanded part
    /// of a tab into spaces, `text` is longer than `range` by `padding` leading spaces.
    public var range: Range<ByteOffset>
    /// Leading spaces of `text` that cmark synthesised from a tab; they map to `range.lowerBound`.
    public var padding: Int

    public init(text: String, range: Range<ByteOffset>, padding: Int) {
        self.text = text
        self.range = range
        self.padding = padding
    }

    /// The file offset of a UTF-8 offset into `text` (clamped to the line).
    public func fileOffset(textOffset: Int) -> ByteOffset {
        let clamped = min(max(textOffset - padding, 0), range.count)
        return range.lowerBound + clamped
    }
}

/// An indented code block: not a snippet, kept so that tools can say why a block did not run.
public struct IndentedCode: Equatable, Sendable {
    /// From the first character of the first line to the end of the last line (line ending excluded).
    public var range: Range<ByteOffset>
    public var containers: [BlockContainer]

    public init(range: Range<ByteOffset>, containers: [BlockContainer]) {
        self.range = range
        self.containers = containers
    }
}
