import CCmark

/// The one place notescheck calls libcmark: parses a file and copies cmark's tree into
/// `MarkdownNode` values in one walk, then frees every cmark object (iterator, root, parser, in
/// that order). No cmark pointer leaves this file. It also asks cmark what an entity reference
/// decodes to, so that the text and its source agree on entities.
///
/// Options: `CMARK_OPT_DEFAULT` only (`CMARK_OPT_SMART` would rewrite quotes and dashes).
/// Synchronous; each call owns its own parser, so calls are independent.
enum CmarkBridge {
    static func parse(_ source: SourceText) -> MarkdownNode {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return emptyDocument }
        source.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                cmark_parser_feed(parser, characters, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return emptyDocument
        }
        guard let iterator = cmark_iter_new(root) else {
            cmark_node_free(root)
            cmark_parser_free(parser)
            return emptyDocument
        }
        let document = copyTree(iterator)
        cmark_iter_free(iterator)
        cmark_node_free(root)
        cmark_parser_free(parser)
        return document
    }

    /// What cmark makes of an entity or numeric character reference such as `&copy;` or `&#233;`:
    /// the text of the one-line document it forms (the reference itself when it is not one).
    static func decodeReference(_ reference: String) -> String {
        let document = parse(SourceText(reference))
        return document.children.first?.children.compactMap(\.literal).joined() ?? reference
    }

    private static let emptyDocument = MarkdownNode(
        kind: .document, start: CmarkPosition(line: 1, column: 1), end: CmarkPosition(line: 1, column: 0),
        literal: nil, fenceInfo: nil, children: [])

    /// Builds the Swift tree from the iterator's enter/exit events with an explicit stack.
    private static func copyTree(_ iterator: OpaquePointer) -> MarkdownNode {
        var stack: [MarkdownNode] = []
        var finished = emptyDocument
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                stack.append(copyNode(node))
                // cmark sends an exit event only for node kinds that can have children.
                if canHaveChildren(node) { continue }
            }
            guard let done = stack.popLast() else { continue }
            if stack.isEmpty {
                finished = done
            } else {
                stack[stack.count - 1].children.append(done)
            }
        }
        return finished
    }

    private static func canHaveChildren(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM,
            CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG,
            CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
            return true
        default:
            return false
        }
    }

    private static func copyNode(_ node: OpaquePointer) -> MarkdownNode {
        let type = cmark_node_get_type(node)
        let kind = self.kind(of: type, node: node)
        return MarkdownNode(
            kind: kind,
            start: CmarkPosition(
                line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))),
            end: CmarkPosition(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node))),
            literal: cmark_node_get_literal(node).map { String(cString: $0) },
            fenceInfo: kind == .codeBlock ? cmark_node_get_fence_info(node).map { String(cString: $0) } : nil,
            children: [])
    }

    private static func kind(of type: cmark_node_type, node: OpaquePointer) -> MarkdownNode.Kind {
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        default: return .other
        }
    }
}
