/// What checking one transcript fence produced, for the engine to merge into the file's results.
public struct TranscriptResult: Equatable, Sendable {
    /// The fence as a snippet: entry `none`; status `ran`, or how the first prompt the model could not run
    /// ended (`unsupported`, `budget`, `error`), or `fragment` when doctest would refuse the transcript.
    public var snippet: SnippetResult
    /// One `output` claim per example that states an output or prints something, in order.
    public var claims: [ClaimResult]
    /// An `output-mismatch` error per example doctest would fail, or a `transcript-invalid` warning.
    public var diagnostics: [Diagnostic]
}

/// Checks REPL transcripts (```` ```pycon ```` fences and python fences that start with `>>> `) the way
/// doctest checks them: prompt by prompt in one session, each example's printed text (or exception) compared
/// with the lines that follow its prompt (`TranscriptChecker`). Synchronous; the runner is used once per example.
public enum TranscriptCheck {
    /// A fence whose info word is `pycon` (any case), or a python fence whose first non-blank line starts with
    /// `>>> ` (or is a bare `>>>`), after its indentation.
    public static func isTranscript(_ fence: FencedCode) -> Bool {
        guard let language = fence.language?.lowercased() else { return false }
        if language == "pycon" { return true }
        guard SnippetRule.pythonLanguages.contains(language),
              let first = fence.lines.first(where: { !$0.text.allSatisfy(\.isWhitespace) }) else { return false }
        let text = first.text.drop { $0 == " " || $0 == "\t" }
        return text.hasPrefix(">>> ") || text == ">>>"
    }

    public static func check(fence: FencedCode, document: Document, runner: TranscriptRunner) -> TranscriptResult {
        var snippet = SnippetResult(fence: fence, status: .ran, entry: .none)
        let examples: [TranscriptExample]
        switch TranscriptParser.parse(fence.content) {
        case .failure(let error):
            snippet.status = .fragment
            snippet.exception = "doctest cannot read this transcript: \(error.message)"
            let diagnostic = Diagnostic(code: "transcript-invalid", severity: .warning,
                                        message: "doctest would refuse this transcript: \(error.message)",
                                        range: lineRange(fence, error.lineIndex..<(error.lineIndex + 1)))
            return TranscriptResult(snippet: snippet, claims: [], diagnostics: [diagnostic])
        case .success(let parsed):
            examples = parsed
        }
        let table = document.source.lineTable
        var claims: [ClaimResult] = []
        var diagnostics: [Diagnostic] = []
        var stoppedBy: String?
        for example in examples {
            let flags = example.flags()
            if flags.contains(.skip) { continue }
            let promptLines = example.line..<(example.line + example.sourceLineCount)
            let wantLines = promptLines.upperBound..<(promptLines.upperBound + example.wantLineCount)
            let range = lineRange(fence, example.wantLineCount > 0 ? wantLines : promptLines.lowerBound..<(promptLines.lowerBound + 1))
            let text = document.source.slice(range)
            let promptLine = fence.lines.indices.contains(example.line)
                ? table.location(of: fence.lines[example.line].range.lowerBound).line : 0
            if let stoppedBy {
                if !example.want.isEmpty {
                    claims.append(ClaimResult(range: range, text: text, kind: .output, verdict: .unverifiable,
                                              evidence: "an earlier prompt could not run (\(stoppedBy))"))
                }
                continue
            }
            let run = runner.run(example.source, firstLine: promptLine)
            snippet.stdout += lines(of: run.printed)
            let exception: String?
            switch run.outcome {
            case .completed:
                exception = nil
            case .exception(let message):
                exception = message
            case .notRun(let status, let reason):
                snippet.status = status
                snippet.exception = reason
                stoppedBy = reason
                if !example.want.isEmpty {
                    claims.append(ClaimResult(range: range, text: text, kind: .output, verdict: .unverifiable,
                                              evidence: "the prompt at line \(promptLine) could not run: \(reason)"))
                }
                continue
            }
            if TranscriptChecker.passes(example, printed: run.printed, exception: exception, flags: flags) {
                if !example.want.isEmpty {
                    claims.append(ClaimResult(range: range, text: text, kind: .output, verdict: .confirmed,
                                              evidence: "the prompt at line \(promptLine) \(exception == nil ? "prints" : "raises") what the transcript shows"))
                }
                continue
            }
            let difference = describeDifference(want: example.want, printed: run.printed, exception: exception)
            claims.append(ClaimResult(range: range, text: text, kind: .output, verdict: .contradicted, evidence: difference))
            let fix = exception == nil && example.wantLineCount > 0 ? replacement(of: range, in: document, by: run.printed, indent: example.indent) : nil
            diagnostics.append(Diagnostic(code: "output-mismatch", severity: .error,
                                          message: "the prompt at line \(promptLine) does not print what the transcript shows: \(difference)",
                                          range: range, fix: fix))
        }
        return TranscriptResult(snippet: snippet, claims: claims, diagnostics: diagnostics)
    }

    /// Every transcript fence of a document, in order, each in a session of its own made by `makeRunner`.
    public static func checkAll(_ document: Document, makeRunner: () -> TranscriptRunner) -> [TranscriptResult] {
        document.fences.filter(isTranscript).map { check(fence: $0, document: document, runner: makeRunner()) }
    }

    /// doctest's `output_difference` in one line: the expected and the got text, each quoted.
    static func describeDifference(want: String, printed: String, exception: String?) -> String {
        let got = exception.map { "Traceback (most recent call last):\n  ...\n\($0)\n" } ?? printed
        func quoted(_ text: String) -> String {
            guard !text.isEmpty else { return "nothing" }
            let body = text.dropLast(text.hasSuffix("\n") ? 1 : 0)
            return "“" + body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎") + "”"
        }
        return "expected \(quoted(want)), got \(quoted(got))"
    }

    /// The want lines rewritten to what the prompt printed, indented as they are (`<BLANKLINE>` for an empty line);
    /// `nil` when the printed text is empty or has a line doctest would read as a prompt.
    static func replacement(of range: Range<ByteOffset>, in document: Document, by printed: String, indent: Int) -> Fix? {
        let printedLines = lines(of: printed)
        guard !printedLines.isEmpty, !printedLines.contains(where: { line in
            let text = line.drop { $0 == " " }
            return text.hasPrefix(">>>") || text.hasPrefix("...")
        }) else { return nil }
        let table = document.source.lineTable
        let lineStart = table.contentRange(ofLineIndex: table.lineIndex(of: range.lowerBound))?.lowerBound ?? range.lowerBound
        let containerPrefix = document.source.slice(lineStart..<range.lowerBound)
        let indentation = String(repeating: " ", count: indent)
        let text = printedLines.enumerated().map { index, line in
            let shown = line.allSatisfy { $0 == " " || $0 == "\t" } ? "<BLANKLINE>" : line
            return (index == 0 ? "" : containerPrefix) + indentation + shown
        }.joined(separator: "\n")
        return Fix(message: "show what the prompt prints", edits: [TextEdit(range: range, replacement: text)], applicability: .unsafe)
    }

    /// The file bytes of the fence's content lines in `lines` (clamped to the fence).
    static func lineRange(_ fence: FencedCode, _ lines: Range<Int>) -> Range<ByteOffset> {
        let clamped = lines.clamped(to: fence.lines.indices)
        guard let first = clamped.first, let last = clamped.last else { return fence.range }
        return fence.lines[first].range.lowerBound..<fence.lines[last].range.upperBound
    }

    private static func lines(of printed: String) -> [String] {
        guard !printed.isEmpty else { return [] }
        var parts = printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if printed.hasSuffix("\n") { parts.removeLast() }
        return parts
    }
}
