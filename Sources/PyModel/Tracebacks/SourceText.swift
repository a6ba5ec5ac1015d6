/// Source lines by line number, for the source lines tracebacks show: a snippet's lines under their Markdown
/// line numbers (what CPython's `linecache` would read from the file), or the few standard-library lines the
/// model's stand-in frames show. Immutable; shared by every code object compiled from one source.
public final class SourceText: Sendable {
    /// The file tracebacks name; `nil` for the run's own file (the interpreter's `fileName`).
    let fileName: String?
    /// Code the checker adds (an implicit `asyncio.run(main())`): its frames are left out of tracebacks.
    let isHidden: Bool
    private let lines: [Int: String]

    /// The lines of `source`, the first one numbered `firstLine`.
    init(_ source: String, firstLine: Int, fileName: String? = nil, isHidden: Bool = false) {
        self.isHidden = isHidden
        var numbered: [Int: String] = [:]
        var number = firstLine
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            numbered[number] = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            number += 1
        }
        self.fileName = fileName
        self.lines = numbered
    }

    init(fileName: String, lines: [Int: String]) {
        self.fileName = fileName
        self.isHidden = false
        self.lines = lines
    }

    /// The text of line `number` (without its line break), if the source has it.
    func line(_ number: Int) -> String? { lines[number] }
}

/// One frame of a traceback, outermost first in `PyExc.traceback`: the function, the line, the position of the
/// instruction that was running (for CPython 3.11's `^^^` markers) and the source it came from.
public struct TracebackEntry: Sendable {
    public let function: String
    public let line: Int
    let position: CodePosition
    let source: SourceText?

    init(function: String, position: CodePosition, source: SourceText?) {
        self.function = function
        self.line = position.line
        self.position = position
        self.source = source
    }
}
