/// Turns cmark's tree (as `MarkdownNode` values) into a `Document`, using cmark only for what it
/// reports reliably — block kinds, block starts, literals — and the file's bytes for the rest.
struct DocumentBuilder {
    let source: SourceText

    func build(_ root: MarkdownNode) -> Document {
        var startLines = Set<Int>()
        collectBlockStartLines(root, into: &startLines)
        var blocks: [Block] = []
        for child in root.children {
            append(child, containers: [], blockStartLines: startLines, to: &blocks)
        }
        return Document(source: source, blocks: blocks)
    }

    private func append(
        _ node: MarkdownNode, containers: [BlockContainer], blockStartLines: Set<Int>, to blocks: inout [Block]
    ) {
        switch node.kind {
        case .blockQuote, .item:
            let inner = containers + [node.kind == .item ? .listItem : .blockQuote]
            for child in node.children {
                append(child, containers: inner, blockStartLines: blockStartLines, to: &blocks)
            }
        case .list, .document, .other:
            for child in node.children {
                append(child, containers: containers, blockStartLines: blockStartLines, to: &blocks)
            }
        case .paragraph:
            blocks.append(.prose(prose(node, kind: .paragraph, containers: containers)))
        case .heading(let level):
            blocks.append(.prose(prose(node, kind: .heading(level: level), containers: containers)))
        case .codeBlock:
            let reader = CodeBlockReader(source: source, node: node, blockStartLines: blockStartLines)
            blocks.append(reader.read(containers: containers))
        case .htmlBlock:
            blocks += htmlComments(node, containers: containers).map(Block.htmlComment)
        case .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image:
            break
        }
    }

    private func prose(_ node: MarkdownNode, kind: ProseBlock.Kind, containers: [BlockContainer]) -> ProseBlock {
        let range = source.blockRange(from: node.start, to: node.end)
        var aligner = InlineAligner(bytes: source.bytes, range: range, containers: containers)
        aligner.align(node.children)
        return ProseBlock(
            kind: kind, range: range, text: String(decoding: aligner.text, as: UTF8.self),
            sourceRanges: aligner.sourceRanges, codeSpans: aligner.codeSpans, htmlComments: aligner.comments,
            containers: containers, lineBreaks: aligner.lineBreaks)
    }

    /// The comments of an HTML block. cmark's end position of an HTML block is unreliable, so the
    /// block's lines are counted from its literal. The text comes from the literal (container
    /// prefixes removed), the range from the file; the k-th comment of one is the k-th of the other.
    private func htmlComments(_ node: MarkdownNode, containers: [BlockContainer]) -> [HTMLComment] {
        let literal = Array((node.literal ?? "").utf8)
        let lineCount = max(1, node.literalLines.count)
        let firstLine = node.start.line - 1
        let start = source.offset(of: node.start)
        let end =
            source.lineTable.contentRange(ofLineIndex: firstLine + lineCount - 1)?.upperBound ?? source.bytes.count
        let fileComments = HTMLCommentScanner.comments(in: source.bytes, range: start..<max(start, end))
        let literalComments = HTMLCommentScanner.comments(in: literal, range: 0..<literal.count)
        return fileComments.enumerated().map { index, fileComment in
            let inner = literalComments.indices.contains(index) ? literalComments[index].inner : fileComment.inner
            let textBytes = literalComments.indices.contains(index) ? literal[inner] : source.bytes[inner]
            return HTMLComment(
                text: String(decoding: textBytes, as: UTF8.self), range: fileComment.whole, isInline: false,
                containers: containers)
        }
    }

    private func collectBlockStartLines(_ node: MarkdownNode, into lines: inout Set<Int>) {
        switch node.kind {
        case .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak:
            lines.insert(node.start.line)
        default:
            break
        }
        for child in node.children { collectBlockStartLines(child, into: &lines) }
    }
}

/// Finds `<!-- ... -->` comments in a byte range.
enum HTMLCommentScanner {
    struct Found {
        /// `<!--` through `-->`.
        var whole: Range<Int>
        /// What lies between them.
        var inner: Range<Int>
    }

    static let opener = Array("<!--".utf8)
    static let closer = Array("-->".utf8)

    static func comments(in bytes: [UInt8], range: Range<Int>) -> [Found] {
        var found: [Found] = []
        var position = range.lowerBound
        while let open = find(opener, in: bytes, from: position, before: range.upperBound) {
            let innerStart = open + opener.count
            guard let close = find(closer, in: bytes, from: innerStart, before: range.upperBound) else { break }
            found.append(Found(whole: open..<(close + closer.count), inner: innerStart..<close))
            position = close + closer.count
        }
        return found
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        guard !needle.isEmpty, start >= 0 else { return nil }
        var index = start
        while index + needle.count <= min(end, bytes.count) {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension SourceText {
    /// The offset of a cmark position (1-based line, 1-based byte column), clamped to its line's content.
    func offset(of position: CmarkPosition) -> ByteOffset {
        guard let content = lineTable.contentRange(ofLineIndex: position.line - 1) else {
            return position.line < 1 ? 0 : bytes.count
        }
        return min(content.lowerBound + max(position.column - 1, 0), content.upperBound)
    }

    /// The range of a block from its cmark start to its cmark end (an inclusive byte column),
    /// never before the start and never past the end line's content.
    /// cmark sometimes ends a block at column 0 of the next line: that is the end of the line before.
    func blockRange(from start: CmarkPosition, to end: CmarkPosition) -> Range<ByteOffset> {
        let lower = offset(of: start)
        let endOffset: ByteOffset
        if end.column < 1, let previous = lineTable.contentRange(ofLineIndex: end.line - 2) {
            endOffset = previous.upperBound
        } else {
            endOffset = offset(of: CmarkPosition(line: end.line, column: end.column + 1))
        }
        return lower..<max(lower, endOffset)
    }
}
