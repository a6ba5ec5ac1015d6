/// A span of Python source, exactly as CPython's `ast` reports it: `startLine`/`endLine` are
/// 1-based line numbers shifted by the parser's `firstLine` (so a snippet's lines can be the
/// Markdown file's lines), `startColumn`/`endColumn` are 0-based UTF-8 byte offsets within their
/// line (`col_offset`, `end_col_offset`). The end is exclusive.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The smallest range covering `self` and `other`.
    public func union(_ other: SourceRange) -> SourceRange {
        let startFirst = (startLine, startColumn) <= (other.startLine, other.startColumn)
        let endLast = (endLine, endColumn) >= (other.endLine, other.endColumn)
        return SourceRange(
            startLine: startFirst ? startLine : other.startLine,
            startColumn: startFirst ? startColumn : other.startColumn,
            endLine: endLast ? endLine : other.endLine,
            endColumn: endLast ? endColumn : other.endColumn)
    }

    /// `line:col-line:col`, the form the AST dumps use.
    public var description: String { "\(startLine):\(startColumn)-\(endLine):\(endColumn)" }
}
