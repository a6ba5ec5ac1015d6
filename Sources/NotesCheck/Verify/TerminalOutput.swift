/// What a terminal shows for a run, as notes paste it into their outputs: the run's stdout, then its stderr
/// (the uncaught exception's traceback, asyncio's logs).
///
/// The model does not record how stdout and stderr writes interleave, so stderr is placed after stdout: right
/// for the traceback an uncaught exception prints at exit, which is what notes show.
enum TerminalOutput {
    static let tracebackHeader = "Traceback (most recent call last):"
    static let groupHeader = "+ Exception Group Traceback (most recent call last):"
    static let chainSeparators = ["The above exception was the direct cause of the following exception:",
                                  "During handling of the above exception, another exception occurred:"]

    static func lines(stdout: [String], stderr: [String]) -> [String] {
        stdout + stderr
    }

    /// Whether the stated lines show a traceback.
    static func showsTraceback(_ lines: [String]) -> Bool {
        lines.contains { $0.hasSuffix(tracebackHeader) || $0.trimmedWhitespace() == groupHeader }
    }

    /// The lines with each traceback reduced to its header and the exception it ends with: frames name the
    /// author's own file and lines, which no run reproduces, and notes cut them (`...`) or show only the last
    /// exception of a chain. A chain (`The above exception was the direct cause …`) counts as one traceback
    /// ending in its last exception; an exception group's box as its header and the group's own line.
    static func collapsingTracebacks(_ lines: [String]) -> [String] {
        var kept: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.trimmedWhitespace() == groupHeader {
                kept.append(groupHeader)
                index += 1
                while index < lines.count, isIndented(lines[index]) {
                    if let own = groupLine(lines[index]), kept.last == groupHeader { kept.append(own) }
                    index += 1
                }
            } else if line.hasSuffix(tracebackHeader) {
                let (exception, next) = chainEnd(lines, after: index)
                kept.append(tracebackHeader)
                if let exception { kept.append(exception) }
                index = next
            } else {
                kept.append(line)
                index += 1
            }
        }
        return kept
    }

    /// The last exception line of the chain whose first header is at `header`, and the index after it.
    private static func chainEnd(_ lines: [String], after header: Int) -> (String?, Int) {
        var index = header + 1
        while true {
            while index < lines.count, isFrame(lines[index]) { index += 1 }
            guard index < lines.count else { return (nil, index) }
            let exception = lines[index]
            var next = index + 1
            while next < lines.count, lines[next].trimmedWhitespace().isEmpty { next += 1 }
            guard next < lines.count, chainSeparators.contains(lines[next].trimmedWhitespace()) else {
                return (exception, index + 1)
            }
            next += 1
            while next < lines.count, lines[next].trimmedWhitespace().isEmpty { next += 1 }
            guard next < lines.count, lines[next].hasSuffix(tracebackHeader) else { return (exception, index + 1) }
            index = next + 1
        }
    }

    private static func isIndented(_ line: String) -> Bool {
        line.first == " " || line.first == "\t" || line.first == "|"
    }

    /// A frame line, or the `...` a note puts in place of frames.
    private static func isFrame(_ line: String) -> Bool {
        let trimmed = line.trimmedWhitespace()
        return isIndented(line) || trimmed == "..." || trimmed == "…"
    }

    /// The exception line at the top level of an exception group's box (`  | ExceptionGroup: …`).
    private static func groupLine(_ line: String) -> String? {
        guard line.hasPrefix("  | "), let first = line.dropFirst(4).first, first != " " else { return nil }
        return String(line.dropFirst(4))
    }
}
