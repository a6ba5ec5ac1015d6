/// A position as libcmark 0.30.2 reports it: 1-based line, 1-based UTF-8 byte column. Block
/// starts are trustworthy; ends of some blocks and all inline positions are not (see DESIGN.md),
/// so only `DocumentBuilder` reads these, and only where they are reliable.
struct CmarkPosition: Equatable, Sendable {
    var line: Int
    var column: Int
}

/// One node of cmark's tree, copied into Swift by `CmarkBridge`: the only shape in which the
/// rest of notescheck sees cmark's output. Children are in document order.
struct MarkdownNode: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading(level: Int)
        case thematicBreak, text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        /// A node kind this build of cmark has that notescheck does not use (custom blocks and inlines).
        case other
    }

    var kind: Kind
    var start: CmarkPosition
    var end: CmarkPosition
    /// The node's literal (text, code, HTML); `nil` for containers.
    var literal: String?
    /// The info string of a code block, `""` when it has none.
    var fenceInfo: String?
    var children: [MarkdownNode]
}

extension MarkdownNode {
    /// The lines of the literal without their `"\n"`: `"a\nb\n"` and `"a\nb"` both give
    /// `["a", "b"]`, `""` gives `[]`.
    var literalLines: [String] {
        guard let literal, !literal.isEmpty else { return [] }
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if literal.hasSuffix("\n") { lines.removeLast() }
        return lines
    }
}
