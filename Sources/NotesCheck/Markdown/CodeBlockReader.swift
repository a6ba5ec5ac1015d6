/// Reads one cmark code block against the file: fenced or indented, its fence, whether it is
/// closed, and the file bytes of every content line.
///
/// cmark 0.30.2 has no API for the fence itself and reports unreliable end positions for
/// unclosed fences and indented code, so this uses only the block's start, its literal and its
/// info string, and reads the rest from the file.
struct CodeBlockReader {
    let source: SourceText
    let node: MarkdownNode
    /// 1-based lines on which some block starts; a fence's closing line never starts a block.
    let blockStartLines: Set<Int>

    func read(containers: [BlockContainer]) -> Block {
        let start = source.offset(of: node.start)
        let literalLines = node.literalLines
        let info = node.fenceInfo ?? ""
        let startLineIndex = node.start.line - 1
        let table = source.lineTable
        let startLineEnd = table.contentRange(ofLineIndex: startLineIndex)?.upperBound ?? source.bytes.count
        let restOfStartLine = source.slice(start..<startLineEnd)

        // A fence starts with three or more fence characters, and its literal starts on the next
        // line. An indented block whose text starts that way is told apart by its literal, which
        // starts with the text at its start (cmark's literal has U+FFFD for NUL); a fence whose
        // first line repeated that would be closed by it, and an info string means a fence.
        let fenceByte = source.byte(at: start)
        var fenceLength = 0
        while let byte = fenceByte, byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~"),
            source.byte(at: start + fenceLength) == byte
        {
            fenceLength += 1
        }
        var restAsCmarkSeesIt = String.UnicodeScalarView()
        restAsCmarkSeesIt.append(contentsOf: restOfStartLine.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 })
        let literalStartsHere = literalLines.first == String(restAsCmarkSeesIt)
        let isIndented = fenceLength < 3 || (info.isEmpty && literalStartsHere)
        if isIndented {
            let lastIndex = startLineIndex + literalLines.count - 1
            let end = table.contentRange(ofLineIndex: lastIndex)?.upperBound ?? source.bytes.count
            return .indentedCode(IndentedCode(range: start..<max(start, end), containers: containers))
        }

        let fenceCharacter: FencedCode.FenceCharacter = fenceByte == UInt8(ascii: "~") ? .tilde : .backtick
        let lines = literalLines.enumerated().map { index, text in
            codeLine(text, lineIndex: startLineIndex + 1 + index)
        }
        let closingIndex = startLineIndex + 1 + literalLines.count
        let isClosed = isClosingFence(
            lineIndex: closingIndex, character: fenceCharacter == .tilde ? UInt8(ascii: "~") : UInt8(ascii: "`"),
            length: fenceLength)
        let end: ByteOffset
        if isClosed, let closing = table.contentRange(ofLineIndex: closingIndex) {
            end = closing.upperBound
        } else {
            end = lines.last?.range.upperBound ?? startLineEnd
        }
        let contentRange: Range<ByteOffset>
        if let first = lines.first, let last = lines.last {
            contentRange = first.range.lowerBound..<max(first.range.lowerBound, last.range.upperBound)
        } else {
            let next = table.contentRange(ofLineIndex: startLineIndex + 1)?.lowerBound ?? startLineEnd
            contentRange = next..<next
        }
        return .fencedCode(
            FencedCode(
                info: info, language: info.split(whereSeparator: \.isWhitespace).first.map(String.init),
                fenceCharacter: fenceCharacter, fenceLength: fenceLength, range: start..<max(start, end),
                contentRange: contentRange, lines: lines, isClosed: isClosed, containers: containers))
    }

    /// Pairs cmark's text of a content line with the file bytes it came from: the longest common
    /// suffix of the two (cmark only strips indentation and container markers from the front).
    private func codeLine(_ text: String, lineIndex: Int) -> CodeLine {
        guard let content = source.lineTable.contentRange(ofLineIndex: lineIndex) else {
            let end = source.bytes.count
            return CodeLine(text: text, range: end..<end, padding: text.utf8.count)
        }
        let textBytes = Array(text.utf8)
        var shared = 0
        while shared < textBytes.count, shared < content.count,
            textBytes[textBytes.count - 1 - shared] == source.bytes[content.upperBound - 1 - shared]
        {
            shared += 1
        }
        return CodeLine(
            text: text, range: (content.upperBound - shared)..<content.upperBound, padding: textBytes.count - shared)
    }

    /// Whether the line after the content closes the fence: it exists, no block starts on it,
    /// and after its container markers and indentation it is a run of at least `length` fence
    /// characters followed by nothing but spaces and tabs.
    private func isClosingFence(lineIndex: Int, character: UInt8, length: Int) -> Bool {
        guard let content = source.lineTable.contentRange(ofLineIndex: lineIndex),
            !blockStartLines.contains(lineIndex + 1)
        else { return false }
        let bytes = source.bytes[content]
        let afterPrefix = bytes.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        let run = afterPrefix.prefix { $0 == character }
        let rest = afterPrefix.dropFirst(run.count)
        return run.count >= length && rest.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
