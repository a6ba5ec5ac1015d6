/// doctest's option flags, by the names `# doctest: +NAME` directives use (`doctest.OPTIONFLAGS_BY_NAME`).
///
/// The checker honours the ones that change a verdict (the first six); the `REPORT_*` and `FAIL_FAST` flags
/// only change how doctest prints its report and are accepted so that a directive naming them is valid.
public struct DoctestOptions: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let dontAcceptTrueFor1 = DoctestOptions(rawValue: 1)
    public static let dontAcceptBlankline = DoctestOptions(rawValue: 2)
    public static let normalizeWhitespace = DoctestOptions(rawValue: 4)
    public static let ellipsis = DoctestOptions(rawValue: 8)
    public static let skip = DoctestOptions(rawValue: 16)
    public static let ignoreExceptionDetail = DoctestOptions(rawValue: 32)
    public static let reportUdiff = DoctestOptions(rawValue: 64)
    public static let reportCdiff = DoctestOptions(rawValue: 128)
    public static let reportNdiff = DoctestOptions(rawValue: 256)
    public static let reportOnlyFirstFailure = DoctestOptions(rawValue: 512)
    public static let failFast = DoctestOptions(rawValue: 1024)

    /// Every flag by its doctest name.
    public static let byName: [String: DoctestOptions] = [
        "DONT_ACCEPT_TRUE_FOR_1": .dontAcceptTrueFor1, "DONT_ACCEPT_BLANKLINE": .dontAcceptBlankline,
        "NORMALIZE_WHITESPACE": .normalizeWhitespace, "ELLIPSIS": .ellipsis, "SKIP": .skip,
        "IGNORE_EXCEPTION_DETAIL": .ignoreExceptionDetail, "REPORT_UDIFF": .reportUdiff, "REPORT_CDIFF": .reportCdiff,
        "REPORT_NDIFF": .reportNdiff, "REPORT_ONLY_FIRST_FAILURE": .reportOnlyFirstFailure, "FAIL_FAST": .failFast,
    ]
}

/// One prompt of a REPL transcript and what the transcript says it prints, as `doctest.Example` holds it.
public struct TranscriptExample: Equatable, Sendable {
    /// The code, prompts and indentation stripped, ending with a newline.
    public var source: String
    /// The expected output with the indentation stripped, ending with a newline; `""` when nothing is expected.
    public var want: String
    /// When `want` is a traceback: its exception part (from the first line after the header that starts with a
    /// word character to the end), ending with a newline; otherwise `nil`.
    public var exceptionMessage: String?
    /// The 0-based index of the prompt's line in the transcript's text (doctest's `lineno`).
    public var line: Int
    /// Spaces before the prompt (doctest's `indent`).
    public var indent: Int
    /// Flags the example's directives switch on (`true`) or off (`false`), by flag.
    public var options: [DoctestOptions: Bool]
    /// How many lines the prompt and its `...` continuations take.
    public var sourceLineCount: Int
    /// How many lines the expected output takes (0 when `want` is empty).
    public var wantLineCount: Int

    public init(source: String, want: String, exceptionMessage: String?, line: Int, indent: Int,
                options: [DoctestOptions: Bool], sourceLineCount: Int, wantLineCount: Int) {
        self.source = source
        self.want = want
        self.exceptionMessage = exceptionMessage
        self.line = line
        self.indent = indent
        self.options = options
        self.sourceLineCount = sourceLineCount
        self.wantLineCount = wantLineCount
    }

    /// The flags in force for this example when the run starts with `base` (doctest merges directives in
    /// order: a `+` sets, a `-` clears).
    public func flags(startingFrom base: DoctestOptions = []) -> DoctestOptions {
        var flags = base
        for (flag, on) in options {
            if on { flags.insert(flag) } else { flags.remove(flag) }
        }
        return flags
    }
}

/// Why doctest refuses a whole transcript (it raises `ValueError` and runs none of it).
public struct TranscriptParseError: Error, Equatable, Sendable {
    /// What is wrong, in words.
    public var message: String
    /// The 0-based index of the offending line in the transcript's text.
    public var lineIndex: Int
    /// The line number doctest's own message names ("line N of the docstring …"); doctest counts a bad `...`
    /// prefix and a misplaced directive one line early.
    public var doctestLine: Int

    public init(message: String, lineIndex: Int, doctestLine: Int) {
        self.message = message
        self.lineIndex = lineIndex
        self.doctestLine = doctestLine
    }
}
