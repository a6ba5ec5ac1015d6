/// Compares a stated output with what a run printed.
///
/// Fences and `# Output:` blocks state the whole output, line by line (trailing white space ignored, a line
/// `...` standing for any number of lines). `#>` lines and trailing `# prints` comments state some lines, which
/// must come out in that order. A whole stated output may also show what the terminal showed, the run's stderr
/// after its stdout (`TerminalOutput`), each traceback compared by its header and final exception. When the snippet reads
/// the wall clock (`datetime.now()`, `strftime`), digits in times and dates are not compared, and a stated output
/// that differs only there is unverifiable.
public enum OutputComparison {
    public enum Outcome: Equatable, Sendable {
        case matches
        /// They part; `line` is the index of the stated line that does not come out, when one can be named.
        case differs(String, line: Int?)
        case unverifiable(String)
    }

    static let wallClockMarkers = ["datetime.now", "datetime.today", "strftime", "time.ctime", "time.localtime",
                                   "time.asctime", "date.today", "datetime.utcnow", "time.gmtime"]

    public static func compare(_ expected: ExpectedOutput, printed: [String], stderr: [String] = [], code: String) -> Outcome {
        let readsClock = wallClockMarkers.contains { code.contains($0) }
        let stated = expected.lines.map { $0.trimmedTrailing() }
        var actual = printed.map { $0.trimmedTrailing() }
        while actual.last?.isEmpty == true { actual.removeLast() }
        switch expected.form {
        case .outputFence, .outputParagraph, .commentBlock:
            var candidates = [(stated, actual)]
            if !stderr.isEmpty {
                let terminal = TerminalOutput.lines(stdout: actual, stderr: stderr.map { $0.trimmedTrailing() })
                candidates.append((TerminalOutput.collapsingTracebacks(stated), TerminalOutput.collapsingTracebacks(terminal)))
            }
            if candidates.contains(where: { matchesWhole($0.0, $0.1, masking: false) }) { return .matches }
            if readsClock, candidates.contains(where: { matchesWhole($0.0, $0.1, masking: true) }) {
                return .unverifiable("the output holds wall-clock readings, which the model does not reproduce")
            }
            if TerminalOutput.showsTraceback(stated), let (shown, terminal) = candidates.last {
                let difference = describeDifference(shown, terminal, shows: "the terminal shows")
                return .differs(difference + " (each traceback compared by its header and last exception)", line: nil)
            }
            return .differs(describeDifference(stated, actual), line: nil)
        case .hashGreater, .trailingComment:
            if let missing = firstMissing(stated, in: actual) {
                if readsClock { return .unverifiable("the output holds wall-clock readings, which the model does not reproduce") }
                return .differs("“\(stated[missing])” is stated but the run prints \(list(actual)) in that order", line: missing)
            }
            return .matches
        }
    }

    /// Line by line; `...` matches any run of lines.
    static func matchesWhole(_ stated: [String], _ actual: [String], masking: Bool) -> Bool {
        func same(_ a: String, _ b: String) -> Bool {
            masking ? maskClock(a) == maskClock(b) : a == b
        }
        func match(_ i: Int, _ j: Int) -> Bool {
            if i == stated.count { return j == actual.count }
            if stated[i].trimmedWhitespace() == "..." || stated[i].trimmedWhitespace() == "…" {
                return (j...actual.count).contains { match(i + 1, $0) }
            }
            return j < actual.count && same(stated[i], actual[j]) && match(i + 1, j + 1)
        }
        return match(0, 0)
    }

    /// The index of the first stated value that does not come out (in order); quotes around a value are optional.
    static func firstMissing(_ stated: [String], in actual: [String]) -> Int? {
        var cursor = 0
        for (index, value) in stated.enumerated() {
            let unquoted = unquote(value)
            guard let found = actual[cursor...].firstIndex(where: { $0 == value || $0 == unquoted || $0.trimmedWhitespace() == unquoted })
            else { return index }
            cursor = found + 1
        }
        return nil
    }

    private static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "'" || first == "\"" else { return value }
        return String(value.dropFirst().dropLast())
    }

    /// Digits in `12:34:56`-like times and `2024-01-02`-like dates replaced by `#`.
    static func maskClock(_ line: String) -> String {
        var characters = Array(line)
        for index in characters.indices where characters[index].isNumber {
            let window = characters[max(0, index - 3)...min(characters.count - 1, index + 3)]
            if window.contains(":") || window.contains("-") || window.contains(".") { characters[index] = "#" }
        }
        return String(characters)
    }

    /// Where the stated lines part from the actual ones; `shows` says whose lines they are ("the run prints").
    static func describeDifference(_ stated: [String], _ actual: [String], shows: String = "the run prints") -> String {
        let common = zip(stated, actual).prefix { $0.0 == $0.1 }.count
        if common < stated.count, common < actual.count {
            return "line \(common + 1) of the stated output is “\(stated[common])” but \(shows) “\(actual[common])”; \(shows) \(list(actual))"
        }
        if common < stated.count {
            return "the stated output goes on with “\(stated[common])” after the run's last line; \(shows) \(list(actual))"
        }
        return "\(shows) more: “\(actual[common])” after the stated output's last line; \(shows) \(list(actual))"
    }

    static func list(_ lines: [String]) -> String {
        lines.isEmpty ? "nothing" : lines.prefix(12).map { "“\($0)”" }.joined(separator: ", ") + (lines.count > 12 ? ", …" : "")
    }
}
