/// A position in a source file: the number of UTF-8 bytes before it.
///
/// This is the one position type inside notescheck. Every range the Markdown front end, the
/// engine and the diagnostics carry is a `Range<ByteOffset>` (half-open) into the file's bytes;
/// only the edges convert, through `LineTable`: 1-based lines and Unicode code-point columns for
/// text and JSON, 0-based lines and UTF-16 columns for the language server.
public typealias ByteOffset = Int

/// The bytes of one Markdown file, known to be valid UTF-8, with its line table.
///
/// A value type: immutable, `Sendable`, safe to share. Slicing never traps: ranges are clamped
/// to the file.
public struct SourceText: Equatable, Sendable {
    /// The file's bytes exactly as read (a UTF-8 byte order mark included, line endings untouched).
    public let bytes: [UInt8]
    /// Converts byte offsets to lines and columns and back.
    public let lineTable: LineTable

    /// Wraps `bytes` when they are valid UTF-8; `nil` otherwise (see `firstInvalidUTF8Offset`).
    public init?(bytes: [UInt8]) {
        guard SourceText.firstInvalidUTF8Offset(in: bytes) == nil else { return nil }
        self.bytes = bytes
        self.lineTable = LineTable(bytes: bytes)
    }

    /// Wraps a Swift string (always valid UTF-8).
    public init(_ text: String) {
        self.bytes = Array(text.utf8)
        self.lineTable = LineTable(bytes: bytes)
    }

    /// The file's text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The text of `range`, clamped to the file.
    public func slice(_ range: Range<ByteOffset>) -> String {
        let clamped = clamp(range)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// `range` limited to `0..<bytes.count`.
    public func clamp(_ range: Range<ByteOffset>) -> Range<ByteOffset> {
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return lower..<upper
    }

    /// The byte at `offset`, or `nil` outside the file.
    public func byte(at offset: ByteOffset) -> UInt8? {
        bytes.indices.contains(offset) ? bytes[offset] : nil
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or `nil`.
    public static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> ByteOffset? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
