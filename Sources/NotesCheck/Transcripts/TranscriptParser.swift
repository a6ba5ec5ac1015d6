/// Splits a REPL transcript into examples exactly as CPython 3.11's `doctest.DocTestParser().get_examples`
/// does (its regular expressions are spelled out below as line scans):
///
/// - tabs are expanded to 8 columns and the indentation every non-blank line shares is removed;
/// - an example starts at a line whose first non-space characters are `>>>`, takes the following lines that
///   start (after spaces) with `...`, and its want is the lines after those up to a blank line (spaces only)
///   or the next `>>>` line;
/// - the prompt (`>>> `, `... `) and the example's indentation are stripped from the source, the indentation
///   from the want; an example whose source is blank or a lone comment is dropped;
/// - a want that is a traceback keeps its exception part as `exceptionMessage`;
/// - `# doctest: +NAME` comments in the source set the example's options.
///
/// Where doctest raises `ValueError` (a prompt without a blank after it, a continuation or want line indented
/// less than its prompt, an unknown option), the result is that error: doctest runs none of such a transcript.
/// Never throws or traps; positions are code points, as Python's string indices are.
public enum TranscriptParser {
    public static func parse(_ text: String) -> Result<[TranscriptExample], TranscriptParseError> {
        var lines = split(expandTabs(Array(text.unicodeScalars)))
        let indents = lines.compactMap { line -> Int? in
            let spaces = leadingSpaces(line)
            return spaces < line.count && !isPythonWhitespace(line[spaces]) ? spaces : nil
        }
        let common = indents.min() ?? 0
        if common > 0 {
            lines = lines.map { Array($0.dropFirst(common)) }
        }
        var examples: [TranscriptExample] = []
        var index = 0
        while index < lines.count {
            let indent = leadingSpaces(lines[index])
            guard starts(lines[index], with: ">>>", at: indent) else {
                index += 1
                continue
            }
            var sourceEnd = index + 1
            while sourceEnd < lines.count, starts(lines[sourceEnd], with: "...", at: leadingSpaces(lines[sourceEnd])) {
                sourceEnd += 1
            }
            var wantEnd = sourceEnd
            while wantEnd < lines.count, isWantLine(lines[wantEnd]) { wantEnd += 1 }
            switch example(lines: lines, source: index..<sourceEnd, want: sourceEnd..<wantEnd, indent: indent) {
            case .failure(let error): return .failure(error)
            case .success(var example?):
                example.indent += common
                examples.append(example)
            case .success(nil): break
            }
            index = wantEnd
        }
        return .success(examples)
    }

    /// `DocTestParser._parse_example` and the `Example` it makes; `nil` for a blank or comment-only source.
    private static func example(lines: [[Unicode.Scalar]], source: Range<Int>, want: Range<Int>, indent: Int)
        -> Result<TranscriptExample?, TranscriptParseError> {
        for index in source {
            let line = lines[index]
            if line.count >= indent + 4, line[indent + 3] != " " {
                let prompt = String(String.UnicodeScalarView(line[indent..<(indent + 3)]))
                return .failure(TranscriptParseError(message: "the prompt `\(prompt)` is not followed by a blank",
                                                     lineIndex: index, doctestLine: index + 1))
            }
        }
        let continuationPrefix = Array(repeating: Unicode.Scalar(" "), count: indent) + ["."]
        for index in source.dropFirst() where !lines[index].isEmpty && !lines[index].starts(with: continuationPrefix) {
            return .failure(TranscriptParseError(message: "this `...` line is indented differently from its `>>>` line",
                                                 lineIndex: index, doctestLine: index))
        }
        let indentation = Array(repeating: Unicode.Scalar(" "), count: indent)
        for index in want where !lines[index].isEmpty && !lines[index].starts(with: indentation) {
            return .failure(TranscriptParseError(message: "this output line is indented less than its `>>>` line",
                                                 lineIndex: index, doctestLine: index + 1))
        }
        let sourceText = source.map { text(lines[$0].dropFirst(indent + 4)) }.joined(separator: "\n")
        var wantText = want.map { text(lines[$0].dropFirst(indent)) }.joined(separator: "\n")
        let exception = exceptionMessage(ofWant: want.map { Array(lines[$0].dropFirst(indent)) })
        if !wantText.isEmpty, !wantText.hasSuffix("\n") { wantText += "\n" }
        let options: [DoctestOptions: Bool]
        switch DirectiveScanner.options(in: Array(sourceText.unicodeScalars), exampleLine: source.lowerBound) {
        case .failure(let error): return .failure(error)
        case .success(let found): options = found
        }
        if isBlankOrComment(Array(sourceText.unicodeScalars)) {
            guard options.isEmpty else {
                return .failure(TranscriptParseError(message: "a doctest directive on a prompt with no code",
                                                     lineIndex: source.lowerBound, doctestLine: source.lowerBound))
            }
            return .success(nil)
        }
        return .success(TranscriptExample(
            source: sourceText.hasSuffix("\n") ? sourceText : sourceText + "\n", want: wantText,
            exceptionMessage: exception, line: source.lowerBound, indent: indent, options: options,
            sourceLineCount: source.count, wantLineCount: want.count))
    }

    /// `_EXCEPTION_RE`: a want whose first line is a traceback header; the message runs from the first later
    /// line that starts with a word character to the end.
    static func exceptionMessage(ofWant lines: [[Unicode.Scalar]]) -> String? {
        guard let header = lines.first else { return nil }
        let headers = ["Traceback (most recent call last):", "Traceback (innermost last):"].map { Array($0.unicodeScalars) }
        guard let matched = headers.first(where: { header.starts(with: $0) }),
              header.dropFirst(matched.count).allSatisfy(isPythonWhitespace),
              let start = lines.indices.dropFirst().first(where: { lines[$0].first.map(isWordCharacter) ?? false })
        else { return nil }
        return lines[start...].map { text($0[...]) }.joined(separator: "\n") + "\n"
    }

    // MARK: the regular expressions, as scans

    /// `str.expandtabs()`: tab stops every 8 columns; `\n` and `\r` start a new column count.
    static func expandTabs(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var column = 0
        for scalar in scalars {
            switch scalar {
            case "\t":
                let spaces = 8 - column % 8
                result.append(contentsOf: repeatElement(" ", count: spaces))
                column += spaces
            case "\n", "\r":
                result.append(scalar)
                column = 0
            default:
                result.append(scalar)
                column += 1
            }
        }
        return result
    }

    /// `str.split("\n")`: a final newline leaves an empty last line.
    static func split(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        scalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }

    static func leadingSpaces(_ line: [Unicode.Scalar]) -> Int {
        line.prefix { $0 == " " }.count
    }

    static func starts(_ line: [Unicode.Scalar], with prefix: String, at offset: Int) -> Bool {
        line.dropFirst(offset).starts(with: prefix.unicodeScalars)
    }

    /// A want line: not blank (spaces only) and not a `>>>` line.
    static func isWantLine(_ line: [Unicode.Scalar]) -> Bool {
        let spaces = leadingSpaces(line)
        return spaces < line.count && !starts(line, with: ">>>", at: spaces)
    }

    /// `_IS_BLANK_OR_COMMENT`: spaces and an optional comment, at most one line (a final newline allowed).
    static func isBlankOrComment(_ source: [Unicode.Scalar]) -> Bool {
        let firstLineEnd = source.firstIndex(of: "\n") ?? source.count
        guard firstLineEnd >= source.count - 1 else { return false }
        let firstLine = source[..<firstLineEnd].drop { $0 == " " }
        return firstLine.isEmpty || firstLine.first == "#"
    }

    /// Python's `\s` for `str` patterns (and `str.isspace`): Unicode white space and the separators 0x1C-0x1F.
    static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// Python's `\w` for `str` patterns: letters, digits and the underscore.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
