/// A stable, line-oriented text form of a `Document`, for golden tests and debugging (as clox's
/// disassembler is for its bytecode).
///
/// Ranges print as `line:column..<line:column` (1-based lines, code-point columns, end
/// exclusive). Prose prints its text, then its runs: maximal stretches of text whose source is
/// contiguous, each with its range and, where the source spells it differently (escapes,
/// entities, line endings), the source as well.
extension Document {
    public func dump() -> String {
        var output: [String] = []
        for block in blocks {
            switch block {
            case .fencedCode(let fence): output += dumpLines(fence)
            case .indentedCode(let code):
                output.append("indented-code \(span(code.range)) \(place(code.containers))")
            case .prose(let prose): output += dumpLines(prose)
            case .htmlComment(let comment): output.append(dumpLine(comment))
            }
        }
        return output.map { $0 + "\n" }.joined()
    }

    private func dumpLines(_ fence: FencedCode) -> [String] {
        let fenceText = String(repeating: fence.fenceCharacter.rawValue, count: fence.fenceLength)
        var lines = [
            "fence \(span(fence.range)) \(place(fence.containers)) \(fenceText) info=\(quoted(fence.info))"
                + " language=\(fence.language.map(quoted) ?? "none") \(fence.isClosed ? "closed" : "unclosed")",
            "  content \(span(fence.contentRange))",
        ]
        for line in fence.lines {
            let padding = line.padding > 0 ? " padding=\(line.padding)" : ""
            lines.append("  line \(span(line.range))\(padding) \(quoted(line.text))")
        }
        return lines
    }

    private func dumpLines(_ prose: ProseBlock) -> [String] {
        let kind: String
        switch prose.kind {
        case .paragraph: kind = "paragraph"
        case .heading(let level): kind = "heading\(level)"
        }
        var lines = ["prose \(kind) \(span(prose.range)) \(place(prose.containers))", "  text \(quoted(prose.text))"]
        let textBytes = Array(prose.text.utf8)
        for run in runs(prose) {
            let runText = String(decoding: textBytes[run.text], as: UTF8.self)
            let sourceText = source.slice(run.source)
            let spelled = sourceText == runText ? "" : " <- \(quoted(sourceText))"
            lines.append("  run \(span(run.source)) \(quoted(runText))\(spelled)")
        }
        for codeSpan in prose.codeSpans {
            let textRange = codeSpan.textRange
            lines.append(
                "  code-span \(span(codeSpan.range)) text[\(textRange.lowerBound)..<\(textRange.upperBound)]"
                    + " \(quoted(codeSpan.literal))")
        }
        for comment in prose.htmlComments { lines.append("  " + dumpLine(comment)) }
        return lines
    }

    private func dumpLine(_ comment: HTMLComment) -> String {
        let place = comment.isInline ? "inline" : place(comment.containers)
        return "html-comment \(span(comment.range)) \(place) \(quoted(comment.text))"
    }

    /// Stretches of the text whose characters come from one contiguous stretch of source.
    private func runs(_ prose: ProseBlock) -> [(text: Range<Int>, source: Range<ByteOffset>)] {
        var result: [(text: Range<Int>, source: Range<ByteOffset>)] = []
        var offset = 0
        for scalar in prose.text.unicodeScalars {
            let width = UTF8.width(scalar)
            let range = prose.sourceRanges[offset]
            if let last = result.last, last.source.upperBound == range.lowerBound {
                result[result.count - 1] = (
                    last.text.lowerBound..<(offset + width), last.source.lowerBound..<range.upperBound
                )
            } else {
                result.append((offset..<(offset + width), range))
            }
            offset += width
        }
        return result
    }

    private func span(_ range: Range<ByteOffset>) -> String {
        let table = source.lineTable
        return "\(table.location(of: range.lowerBound))..<\(table.location(of: range.upperBound))"
    }

    private func place(_ containers: [BlockContainer]) -> String {
        containers.isEmpty ? "top-level" : containers.map(\.rawValue).joined(separator: ">")
    }

    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
