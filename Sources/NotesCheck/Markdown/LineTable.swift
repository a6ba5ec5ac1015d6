/// A 1-based line and 1-based column, the way text and JSON output name a position.
///
/// The column counts Unicode code points (scalars) from the start of the line: a tab, an accented
/// letter, a CJK ideograph and an emoji are one column each. This is what Python's `str`
/// indexing counts, so `line[column - 1]` in Python is the character at this position.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`
    public var description: String { "\(line):\(column)" }
}

/// A 0-based line and a 0-based column in UTF-16 code units: the Language Server Protocol's
/// default position encoding.
public struct UTF16Position: Hashable, Sendable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

/// The lines of a file and the conversions between byte offsets and line/column positions.
///
/// Lines end at LF, CRLF or a lone CR (as in CommonMark); the line ending belongs to the line it
/// ends but is not part of its content. A UTF-8 byte order mark at the start of the file is not
/// part of the first line either (editors hide it, cmark skips it). An offset inside a line
/// ending, or one past the end of the content, has the column just after the content's last
/// character. An offset inside a multi-byte character has that character's column. Conversions
/// back clamp a column past the end of a line to the end of its content and return `nil` for a
/// line that does not exist.
public struct LineTable: Equatable, Sendable {
    /// The offset where each line starts: 0, or 3 after a byte order mark, for the first. A file
    /// ending in a line ending has one more, empty, last line.
    public let lineStarts: [ByteOffset]
    /// The offset where each line's content ends (its line ending excluded).
    public let contentEnds: [ByteOffset]
    private let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var index = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        var starts = [index]
        var ends: [ByteOffset] = []
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                ends.append(index)
                index += 1
                starts.append(index)
            case UInt8(ascii: "\r"):
                ends.append(index)
                index += (index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) ? 2 : 1
                starts.append(index)
            default:
                index += 1
            }
        }
        ends.append(bytes.count)
        self.lineStarts = starts
        self.contentEnds = ends
        self.bytes = bytes
    }

    /// The number of lines (at least 1: an empty file has one empty line).
    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line that holds `offset` (clamped to the file).
    public func lineIndex(of offset: ByteOffset) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The content of the 0-based line `index` (line ending excluded), or `nil` when there is no such line.
    public func contentRange(ofLineIndex index: Int) -> Range<ByteOffset>? {
        guard lineStarts.indices.contains(index) else { return nil }
        return lineStarts[index]..<contentEnds[index]
    }

    /// The 1-based line and code-point column of `offset`.
    public func location(of offset: ByteOffset) -> SourceLocation {
        let index = lineIndex(of: offset)
        let start = lineStarts[index]
        let end = characterStart(min(max(offset, start), contentEnds[index]), lineStart: start)
        return SourceLocation(line: index + 1, column: 1 + scalarCount(start..<end))
    }

    /// The 0-based line and UTF-16 column of `offset`.
    public func utf16Position(of offset: ByteOffset) -> UTF16Position {
        let index = lineIndex(of: offset)
        let start = lineStarts[index]
        let end = characterStart(min(max(offset, start), contentEnds[index]), lineStart: start)
        return UTF16Position(line: index, character: utf16Count(start..<end))
    }

    /// The offset of a 1-based line and code-point column; `nil` when the line does not exist or
    /// the column is below 1.
    public func offset(of location: SourceLocation) -> ByteOffset? {
        guard location.column >= 1, let content = contentRange(ofLineIndex: location.line - 1) else { return nil }
        return advance(from: content, units: location.column - 1, width: { _ in 1 })
    }

    /// The offset of a 0-based line and UTF-16 column; `nil` when the line does not exist or the
    /// column is negative. A column inside a surrogate pair resolves to the character's start.
    public func offset(of position: UTF16Position) -> ByteOffset? {
        guard position.character >= 0, let content = contentRange(ofLineIndex: position.line) else { return nil }
        return advance(from: content, units: position.character, width: { $0 >= 0xF0 ? 2 : 1 })
    }

    /// Walks `units` units of characters from the start of `content`, each character of width
    /// `width(leadByte)`, stopping at the content's end.
    private func advance(from content: Range<ByteOffset>, units: Int, width: (UInt8) -> Int) -> ByteOffset {
        var offset = content.lowerBound
        var remaining = units
        while offset < content.upperBound {
            let lead = bytes[offset]
            let characterWidth = width(lead)
            if remaining < characterWidth { break }
            remaining -= characterWidth
            offset += LineTable.sequenceLength(lead: lead)
        }
        return min(offset, content.upperBound)
    }

    /// `offset` moved back to the first byte of the character it falls in.
    private func characterStart(_ offset: ByteOffset, lineStart: ByteOffset) -> ByteOffset {
        var start = offset
        while start > lineStart, start < bytes.count, LineTable.isContinuation(bytes[start]) { start -= 1 }
        return start
    }

    private func scalarCount(_ range: Range<ByteOffset>) -> Int {
        bytes[range].reduce(0) { $0 + (LineTable.isContinuation($1) ? 0 : 1) }
    }

    private func utf16Count(_ range: Range<ByteOffset>) -> Int {
        bytes[range].reduce(0) { count, byte in
            if LineTable.isContinuation(byte) { return count }
            return count + (byte >= 0xF0 ? 2 : 1)
        }
    }

    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The length of the UTF-8 sequence that starts with `lead`.
    static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
