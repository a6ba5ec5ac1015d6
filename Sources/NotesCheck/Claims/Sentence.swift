/// One sentence of prose, as the claim rules read it.
///
/// `text` is the prose with inline code written with its backticks, so a rule can see where code stands;
/// `codeSpans` are the UTF-8 ranges of those spans in `text` (backticks included). Every UTF-8 offset of
/// `text`, and the offset one past its end, maps to a byte offset in the file through `fileOffsets`, so a
/// claim can underline exactly its own words.
public struct Sentence: Equatable, Sendable {
    public var text: String
    public var codeSpans: [Range<Int>]
    public var fileOffsets: [Int]

    public init(text: String, codeSpans: [Range<Int>], fileOffsets: [Int]) {
        self.text = text
        self.codeSpans = codeSpans
        self.fileOffsets = fileOffsets
    }

    /// The file byte range of `range` (UTF-8 offsets in `text`); `nil` when the map does not cover it.
    public func fileRange(of range: Range<Int>) -> Range<Int>? {
        guard range.lowerBound >= 0, range.upperBound < fileOffsets.count, range.lowerBound <= range.upperBound else {
            return nil
        }
        let start = fileOffsets[range.lowerBound]
        let lastByte = range.isEmpty ? start : fileOffsets[range.upperBound - 1]
        return start..<max(start, lastByte + 1)
    }

    /// The text of a UTF-8 range of the sentence.
    public func substring(_ range: Range<Int>) -> String {
        let bytes = Array(text.utf8)
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
