/// An HTML comment, `<!-- ... -->`, in an HTML block or inline in prose. Directives live here.
public struct HTMLComment: Equatable, Sendable {
    /// What lies between `<!--` and `-->`, untrimmed. In a block quote, the quote markers of
    /// continuation lines are removed, as cmark removes them.
    public var text: String
    /// From `<` of `<!--` to `>` of `-->` inclusive.
    public var range: Range<ByteOffset>
    /// Whether the comment sits inside a paragraph or heading rather than in an HTML block.
    public var isInline: Bool
    public var containers: [BlockContainer]

    public init(text: String, range: Range<ByteOffset>, isInline: Bool, containers: [BlockContainer]) {
        self.text = text
        self.range = range
        self.isInline = isInline
        self.containers = containers
    }
}
