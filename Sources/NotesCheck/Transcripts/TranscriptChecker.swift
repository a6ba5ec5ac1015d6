/// What running one example printed and how it ended, as a `TranscriptRunner` reports it.
public struct ExampleRun: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable {
        /// The source ran to its end.
        case completed
        /// It raised: the exception as `traceback.format_exception_only` prints it, `"Type: message"`
        /// (module-qualified outside `builtins` and `__main__`), without a final newline.
        case exception(String)
        /// The model could not run it (an unsupported construct, a budget, a bug of ours): the example cannot
        /// be judged, and neither can the ones after it.
        case notRun(SnippetStatus, reason: String)
    }

    /// Everything the example printed, echoed values included, newlines kept.
    public var printed: String
    public var outcome: Outcome

    public init(printed: String, outcome: Outcome) {
        self.printed = printed
        self.outcome = outcome
    }
}

/// doctest's verdict on one example: `DocTestRunner.__run` with the default `OutputChecker` of CPython 3.11.
///
/// Without an exception the printed text is compared with the want; with one, only a want that is a traceback
/// can match, and then its exception part is compared with the exception (`IGNORE_EXCEPTION_DETAIL` also
/// compares the bare type names). Comparing is `OutputChecker.check_output`: both texts folded to ASCII with
/// backslash escapes, then equal, or `True`/`False` for a want of `1`/`0`, or equal once `<BLANKLINE>` lines and
/// whitespace-only lines are emptied, then with `NORMALIZE_WHITESPACE` equal once whitespace runs are one space,
/// then with `ELLIPSIS` equal where each `...` of the want stands for any text. Pure functions.
public enum TranscriptChecker {
    public static func passes(_ example: TranscriptExample, printed: String, exception: String?,
                              flags: DoctestOptions) -> Bool {
        guard let exception else {
            return checkOutput(want: example.want, got: printed, flags: flags)
        }
        guard let expected = example.exceptionMessage else { return false }
        let got = exception + "\n"
        if checkOutput(want: expected, got: got, flags: flags) { return true }
        guard flags.contains(.ignoreExceptionDetail) else { return false }
        return checkOutput(want: strippingExceptionDetails(expected), got: strippingExceptionDetails(got), flags: flags)
    }

    /// `OutputChecker.check_output(want, got, optionflags)`.
    public static func checkOutput(want: String, got: String, flags: DoctestOptions) -> Bool {
        var got = asciiFolded(got)
        var want = asciiFolded(want)
        if got == want { return true }
        if !flags.contains(.dontAcceptTrueFor1) {
            if got == Array("True\n".utf8), want == Array("1\n".utf8) { return true }
            if got == Array("False\n".utf8), want == Array("0\n".utf8) { return true }
        }
        if !flags.contains(.dontAcceptBlankline) {
            want = mapLines(want) { line in
                line.starts(with: blankLineMarker) && line.dropFirst(blankLineMarker.count).allSatisfy(isWhitespace) ? [] : line
            }
            got = mapLines(got) { line in !line.isEmpty && line.allSatisfy(isWhitespace) ? [] : line }
            if got == want { return true }
        }
        if flags.contains(.normalizeWhitespace) {
            got = normalizedWhitespace(got)
            want = normalizedWhitespace(want)
            if got == want { return true }
        }
        if flags.contains(.ellipsis), ellipsisMatch(want: want, got: got) { return true }
        return false
    }

    /// `_strip_exception_details`: the exception's name without its module path and message.
    static func strippingExceptionDetails(_ message: String) -> String {
        let bytes = Array(message.utf8)
        var end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        end = bytes[..<end].firstIndex(of: UInt8(ascii: ":")) ?? end
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: ".")).map { $0 + 1 } ?? 0
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// `_ellipsis_match`: the want's pieces between `...` markers appear in `got` in order, the first at its
    /// start and the last at its end, without overlapping.
    static func ellipsisMatch(want: [UInt8], got: [UInt8]) -> Bool {
        let marker = Array("...".utf8)
        var pieces = split(want, by: marker)
        guard pieces.count >= 2 else { return want == got }
        var start = 0
        var end = got.count
        if let first = pieces.first, !first.isEmpty {
            guard got.starts(with: first) else { return false }
            start = first.count
            pieces.removeFirst()
        }
        if let last = pieces.last, !last.isEmpty {
            guard got.count >= last.count, Array(got[(got.count - last.count)...]) == last else { return false }
            end -= last.count
            pieces.removeLast()
        }
        guard start <= end else { return false }
        for piece in pieces {
            guard let found = firstIndex(of: piece, in: got, from: start, before: end) else { return false }
            start = found + piece.count
        }
        return true
    }

    // MARK: text helpers (on ASCII bytes: folding leaves nothing else)

    private static let blankLineMarker = Array("<BLANKLINE>".utf8)

    /// `str.encode("ascii", "backslashreplace")`: `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for every non-ASCII character.
    static func asciiFolded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
                continue
            }
            let (prefix, digits) = value <= 0xFF ? ("\\x", 2) : value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
            let hex = String(value, radix: 16)
            bytes.append(contentsOf: Array((prefix + String(repeating: "0", count: digits - hex.count) + hex).utf8))
        }
        return bytes
    }

    /// Python's ASCII white space for `\s` and `str.split()`: space, `\t\n\v\f\r` and the separators 0x1C-0x1F.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte)
    }

    /// Applies `transform` to every line (between `\n`s), keeping the newlines.
    private static func mapLines(_ text: [UInt8], _ transform: (ArraySlice<UInt8>) -> ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        for (index, line) in text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result.append(UInt8(ascii: "\n")) }
            result.append(contentsOf: transform(line))
        }
        return result
    }

    /// `" ".join(text.split())`.
    private static func normalizedWhitespace(_ text: [UInt8]) -> [UInt8] {
        let words = text.split(whereSeparator: isWhitespace)
        return Array(words.joined(separator: [UInt8(ascii: " ")]))
    }

    private static func split(_ text: [UInt8], by marker: [UInt8]) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var pieceStart = 0
        var index = 0
        while index + marker.count <= text.count {
            if Array(text[index..<(index + marker.count)]) == marker {
                pieces.append(Array(text[pieceStart..<index]))
                index += marker.count
                pieceStart = index
            } else {
                index += 1
            }
        }
        pieces.append(Array(text[pieceStart...]))
        return pieces
    }

    /// `str.find(piece, start, end)`.
    private static func firstIndex(of piece: [UInt8], in text: [UInt8], from start: Int, before end: Int) -> Int? {
        guard piece.count <= end - start else { return nil }
        for index in start...(end - piece.count) where Array(text[index..<(index + piece.count)]) == piece {
            return index
        }
        return nil
    }
}
