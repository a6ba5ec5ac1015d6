/// One block of a document, in the order the file has them.
public enum Block: Equatable, Sendable {
    case fencedCode(FencedCode)
    case indentedCode(IndentedCode)
    case prose(ProseBlock)
    /// A comment in an HTML block (an HTML block with two comments gives two blocks).
    case htmlComment(HTMLComment)
}

/// A Markdown file as notescheck sees it: its source and its blocks in source order.
///
/// Built by `Document.parse`, which never fails: any bytes give a document (an empty file gives
/// no blocks). A value type; derived views are computed from `blocks`.
public struct Document: Equatable, Sendable {
    public let source: SourceText
    /// Fenced code, indented code, prose and HTML-block comments, in source order (by start offset).
    public let blocks: [Block]

    public init(source: SourceText, blocks: [Block]) {
        self.source = source
        self.blocks = blocks
    }

    /// Parses `source` with libcmark and builds the document.
    public static func parse(_ source: SourceText) -> Document {
        DocumentBuilder(source: source).build(CmarkBridge.parse(source))
    }

    /// The fenced code blocks, in source order.
    public var fences: [FencedCode] {
        blocks.compactMap { if case .fencedCode(let fence) = $0 { fence } else { nil } }
    }

    /// The prose blocks, in source order.
    public var proseBlocks: [ProseBlock] {
        blocks.compactMap { if case .prose(let prose) = $0 { prose } else { nil } }
    }

    /// Every HTML comment, block-level and inline, in source order.
    public var htmlComments: [HTMLComment] {
        blocks.flatMap { block -> [HTMLComment] in
            switch block {
            case .htmlComment(let comment): [comment]
            case .prose(let prose): prose.htmlComments
            case .fencedCode, .indentedCode: []
            }
        }
    }

    /// Calls `visitor` for every block in source order.
    public func walk<Visitor: DocumentVisitor>(_ visitor: inout Visitor) {
        for block in blocks {
            switch block {
            case .fencedCode(let fence): visitor.visit(fence)
            case .indentedCode(let code): visitor.visit(code)
            case .prose(let prose): visitor.visit(prose)
            case .htmlComment(let comment): visitor.visit(comment)
            }
        }
    }
}

/// Receives a document's blocks in source order from `Document.walk`; every method defaults to
/// doing nothing, so a visitor implements only what it needs.
public protocol DocumentVisitor {
    mutating func visit(_ fence: FencedCode)
    mutating func visit(_ code: IndentedCode)
    mutating func visit(_ prose: ProseBlock)
    mutating func visit(_ comment: HTMLComment)
}

extension DocumentVisitor {
    public mutating func visit(_ fence: FencedCode) {}
    public mutating func visit(_ code: IndentedCode) {}
    public mutating func visit(_ prose: ProseBlock) {}
    public mutating func visit(_ comment: HTMLComment) {}
}
