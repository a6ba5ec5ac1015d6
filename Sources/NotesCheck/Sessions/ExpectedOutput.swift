/// Output a note says a snippet prints, in one of the forms notes use.
public struct ExpectedOutput: Equatable, Sendable {
    public enum Form: String, Equatable, Sendable {
        /// A fence right after the snippet, tagged `text`, `output`, `console`, `shell`, … or untagged.
        case outputFence = "output-fence"
        /// A fence introduced by a short paragraph such as "Output:" or "You should see:".
        case outputParagraph = "output-paragraph"
        /// A `# Output:` comment block inside the code.
        case commentBlock = "comment-block"
        /// `#> text` lines inside the code.
        case hashGreater = "hash-gt"
        /// Trailing `# prints 3` comments: the values must come out in that order.
        case trailingComment = "trailing-comment"
    }

    public var snippetIndex: Int
    public var form: Form
    public var lines: [String]
    /// The file range of the stated output (the fence, the comment lines).
    public var range: Range<ByteOffset>
    /// For a paragraph-introduced fence, the paragraph's range (the sentence that states the output).
    public var introduction: Range<ByteOffset>?
    /// For stated lines scattered through the code (`#>` lines, trailing comments), each one's own range.
    public var lineRanges: [Range<ByteOffset>] = []
}

/// Finds the expected outputs of a document's snippets.
public enum ExpectedOutputFinder {
    static let outputLanguages: Set<String> = ["text", "output", "console", "shell", "sh", "bash", "stdout", "txt", "plaintext",
                                               "none", "terminal", "out", "plain", "log"]
    static let introductionWords = ["output", "prints", "print", "you should see", "you'll see", "you will see", "result",
                                    "produces", "displays", "gives", "we get", "shows", "console", "expected"]

    /// `snippets` are the document's python fences in order.
    public static func find(in document: Document, snippets: [FencedCode]) -> [ExpectedOutput] {
        var result: [ExpectedOutput] = []
        let blocks = document.blocks
        for (index, snippet) in snippets.enumerated() {
            result += inCode(snippet, index: index)
            guard let position = blocks.firstIndex(where: { if case .fencedCode(let f) = $0 { return f == snippet } else { return false } })
            else { continue }
            var next = position + 1
            var introduction: ProseBlock?
            if next < blocks.count, case .prose(let prose) = blocks[next], isIntroduction(prose) {
                introduction = prose
                next += 1
            }
            guard next < blocks.count, case .fencedCode(let fence) = blocks[next], !SnippetRule.isSnippet(fence) else { continue }
            let language = fence.language?.lowercased() ?? ""
            guard language.isEmpty || outputLanguages.contains(language) || introduction != nil else { continue }
            guard language != "pycon", !fence.content.contains(">>> ") else { continue }
            let lines = outputLines(fence.content, shell: ["console", "shell", "sh", "bash", "terminal"].contains(language))
            result.append(ExpectedOutput(snippetIndex: index, form: introduction == nil ? .outputFence : .outputParagraph,
                                         lines: lines, range: fence.range, introduction: introduction?.range))
        }
        return result
    }

    /// A short paragraph ending in a colon that announces output: "Output:", "It prints:", "You should see:".
    static func isIntroduction(_ prose: ProseBlock) -> Bool {
        let text = prose.text.trimmedWhitespace().lowercased()
        guard text.hasSuffix(":"), text.count <= 120 else { return false }
        return introductionWords.contains { text.contains($0) }
    }

    /// The lines of an output fence; shell prompts (`$ python main.py`) are the command, not output.
    static func outputLines(_ content: String, shell: Bool) -> [String] {
        var lines = content.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmedTrailing() }
        if shell { lines = lines.filter { !$0.hasPrefix("$ ") && !$0.hasPrefix("% ") && $0 != "$" } }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }

    /// `# Output:` blocks, `#>` lines and trailing `# prints …` comments inside the code.
    static func inCode(_ snippet: FencedCode, index: Int) -> [ExpectedOutput] {
        var result: [ExpectedOutput] = []
        let lines = snippet.lines
        var cursor = 0
        var arrows: [String] = []
        var arrowRanges: [Range<ByteOffset>] = []
        var trailing: [String] = []
        var trailingRanges: [Range<ByteOffset>] = []
        while cursor < lines.count {
            let text = lines[cursor].text.trimmedWhitespace()
            let lower = text.lowercased()
            if lower.hasPrefix("#"), lower.dropFirst().trimmedWhitespace().hasPrefix("output"),
               lower.hasSuffix(":") || lower.hasSuffix("output") {
                var block: [String] = []
                var end = cursor + 1
                while end < lines.count {
                    let line = lines[end].text.trimmedWhitespace()
                    guard line.hasPrefix("#") else { break }
                    block.append(String(line.dropFirst(line.hasPrefix("# ") ? 2 : 1)).trimmedTrailing())
                    end += 1
                }
                if !block.isEmpty {
                    result.append(ExpectedOutput(snippetIndex: index, form: .commentBlock, lines: block,
                                                 range: lines[cursor].range.lowerBound..<lines[end - 1].range.upperBound, introduction: nil))
                }
                cursor = end
                continue
            }
            if text.hasPrefix("#>") {
                arrows.append(String(text.dropFirst(2)).trimmedWhitespace())
                arrowRanges.append(lines[cursor].range)
            } else if let value = trailingValue(text) {
                trailing.append(value)
                trailingRanges.append(lines[cursor].range)
            }
            cursor += 1
        }
        for (form, values, ranges) in [(ExpectedOutput.Form.hashGreater, arrows, arrowRanges), (.trailingComment, trailing, trailingRanges)] {
            guard let first = ranges.first, let last = ranges.last else { continue }
            result.append(ExpectedOutput(snippetIndex: index, form: form, lines: values, range: first.lowerBound..<last.upperBound,
                                         introduction: nil, lineRanges: ranges))
        }
        return result
    }

    /// `print(x)  # prints 3`, `print(x)  # -> 3`, `print(x)  # => 3`, `print(x)  # Output: 3`: the stated value.
    static func trailingValue(_ line: String) -> String? {
        guard line.hasPrefix("print("), let hash = line.lastIndex(of: "#") else { return nil }
        let comment = line[line.index(after: hash)...].trimmedWhitespace()
        for marker in ["prints", "->", "=>", "output:", "outputs", "→"] where comment.lowercased().hasPrefix(marker) {
            let value = comment.dropFirst(marker.count).trimmedWhitespace()
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

extension String {
    func trimmedTrailing() -> String {
        var text = Substring(self)
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
