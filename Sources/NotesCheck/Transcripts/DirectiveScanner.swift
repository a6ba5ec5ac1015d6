/// Finds `# doctest: +FLAG -FLAG` directives in an example's source as `DocTestParser._find_options` does with
/// `#\s*doctest:\s*([^\n'"]*)$` (multi-line mode): a directive must run to the end of its line without a quote,
/// so a `#doctest:` inside a string literal followed by its closing quote is not one.
enum DirectiveScanner {
    /// The options the directives set, later ones winning; an unknown flag or a word without `+`/`-` is the
    /// error doctest raises. `exampleLine` is the 0-based line of the example's prompt.
    static func options(in source: [Unicode.Scalar], exampleLine: Int) -> Result<[DoctestOptions: Bool], TranscriptParseError> {
        var options: [DoctestOptions: Bool] = [:]
        var position = 0
        while let hash = source[position...].firstIndex(of: "#") {
            guard let (words, end) = directive(in: source, at: hash) else {
                position = hash + 1
                continue
            }
            for word in words {
                guard let sign = word.first, sign == "+" || sign == "-",
                      let flag = DoctestOptions.byName[String(word.dropFirst())] else {
                    return .failure(TranscriptParseError(message: "`\(word)` is not a doctest option",
                                                         lineIndex: exampleLine, doctestLine: exampleLine + 1))
                }
                options[flag] = sign == "+"
            }
            position = end
        }
        return .success(options)
    }

    /// The directive's words when one starts at `hash`, and where its match ends.
    private static func directive(in source: [Unicode.Scalar], at hash: Int) -> ([String], Int)? {
        var cursor = hash + 1
        while cursor < source.count, TranscriptParser.isPythonWhitespace(source[cursor]) { cursor += 1 }
        let keyword = Array("doctest:".unicodeScalars)
        guard source[cursor...].starts(with: keyword) else { return nil }
        let afterKeyword = cursor + keyword.count
        var spacesEnd = afterKeyword
        while spacesEnd < source.count, TranscriptParser.isPythonWhitespace(source[spacesEnd]) { spacesEnd += 1 }
        for start in stride(from: spacesEnd, through: afterKeyword, by: -1) {
            var end = start
            while end < source.count, !["\n", "'", "\""].contains(source[end]) { end += 1 }
            guard end == source.count || source[end] == "\n" else { continue }
            let group = String(String.UnicodeScalarView(source[start..<end].map { $0 == "," ? " " : $0 }))
            let words = group.unicodeScalars.split(whereSeparator: TranscriptParser.isPythonWhitespace)
                .map { String(String.UnicodeScalarView($0)) }
            return (words, end)
        }
        return nil
    }
}
