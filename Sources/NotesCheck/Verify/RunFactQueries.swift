/// Decides `RunFact`s on one run: values on printed lines, the times and order of events' lines, lines per
/// coroutine, and several runs' joint duration. A reading that could fit more than one line is unverifiable.
struct RunFactQueries {
    let run: RunRecord
    let facts: SnippetFacts
    let binder: Binder
    let queries: RunQueries
    let label: String

    func truth(_ fact: RunFact) -> Truth {
        switch fact {
        case .value(let of, let value): return self.value(of: of, value)
        case .linesShow(let word, let values, let ordered): return linesShow(word, values, ordered: ordered)
        case .edgeLine(let last, let value): return edgeLine(last: last, value)
        case .listStarts(let item, let completionOrder): return listStarts(item, completionOrder: completionOrder)
        case .printedList(let list): return printedList(list)
        case .eventAt(let subject, let verb, let duration): return eventAt(subject, verb, duration)
        case .eventBefore(let a, let va, let b, let vb): return eventBefore(a, va, b, vb)
        case .allLinesBefore(let first, let second): return allLinesBefore(first, second)
        case .lastsTogether(let subject, let duration): return lastsTogether(subject, duration)
        case .printedTimes(let text, let count): return printedTimes(text, count)
        case .linesCounted(let noun, let subject, let count): return linesCounted(noun, subject: subject, count)
        case .eventsAt(let subjects, let verb, let duration): return eventsAt(subjects, verb, duration)
        case .atMostAtOnce(let subject, let block, let count): return atMostAtOnce(subject, block: block, count: count)
        case .printedInOrder(let texts): return printedInOrder(texts)
        case .allPrintedBefore(let texts, let other, let verb): return allPrintedBefore(texts, other: other, otherVerb: verb)
        case .alternate(let a, let b): return alternate(a, b)
        case .eachTaskBefore(let first, let second): return eachTaskBefore(first: first, second: second)
        case .printedBeforeWordLine(let text, let word): return printedBeforeWordLine(text, word: word)
        case .allOf(let facts): return allOf(facts)
        case .eventFirst(let subject, let verb): return eventFirst(subject, verb)
        case .printedBeforeOccurrence(let a, let time, let m, let b, let n):
            return printedBeforeOccurrence(a, at: time, firstOrdinal: m, b, secondOrdinal: n)
        case .interleaved(let a, let b): return interleaved(a, b)
        case .keepsGoingWhile(let subject, let other): return keepsGoingWhile(subject, other)
        }
    }

    func quoted(_ text: String) -> String { "“\(text)”" }

    func at(_ index: Int) -> String {
        "\(quoted(run.lines[index].text)) (output line \(index + 1), at \(formatSeconds(run.lines[index].seconds)))"
    }

    // MARK: values

    /// What follows `label` on the lines that start with it; else, what the one `print` of the expression `label`
    /// prints after its fixed text.
    private func value(of subject: String, _ value: String) -> Truth {
        var shown = run.lines.indices.compactMap { index -> (Int, String)? in
            let text = run.lines[index].text
            guard text.hasPrefix(subject), text.count > subject.count else { return nil }
            let rest = text.dropFirst(subject.count)
            if let last = subject.last, last.isLetter || last.isNumber || last == "_",
               let next = rest.first, next.isLetter || next.isNumber || next == "_" { return nil }
            return (index, String(rest))
        }
        var source = "the lines starting with \(quoted(subject))"
        if shown.isEmpty, let printed = printedExpression(subject) {
            shown = printed.lines
            source = "the lines `print` writes for `\(subject)` (line \(printed.sourceLine))"
        }
        guard !shown.isEmpty else { return .unknown("\(label) prints no line starting with \(quoted(subject)) and no `print` of it") }
        let values = shown.map { PythonList.items(in: value) != nil ? $0.1.trimmedWhitespace() : Self.leadingValue($0.1) }
        let listed = shown.map { at($0.0) }.prefix(3).joined(separator: ", ")
        let matching = values.filter { $0.map { Self.same($0, value) } ?? false }.count
        if matching == values.count { return .holds("in \(label), \(source): \(listed)") }
        if matching == 0, values.allSatisfy({ $0 != nil }) {
            return .fails("in \(label), \(source): \(listed); the sentence says \(value)")
        }
        return .unknown("in \(label), \(source) show different values: \(listed)")
    }

    /// The value a line shows after its label: the whole rest when it is one token, else nothing certain.
    private static func leadingValue(_ rest: String) -> String? {
        let trimmed = rest.drop(while: { $0 == " " || $0 == ":" || $0 == "=" }).trimmedWhitespace()
        guard !trimmed.isEmpty, !trimmed.contains(" ") else { return nil }
        return trimmed
    }

    /// Two values are the same when they read the same without case and quotes, or are equal numbers.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = unquoted(a).lowercased(), y = unquoted(b).lowercased()
        if x == y { return true }
        if let p = PythonList.items(in: x), let q = PythonList.items(in: y) {
            return p.count == q.count && zip(p, q).allSatisfy { same($0.0, $0.1) }
        }
        if let p = Double(x), let q = Double(y) { return p == q }
        return false
    }

    static func unquoted(_ text: String) -> String {
        var t = text.trimmedWhitespace()
        if t.count >= 2, let first = t.first, first == t.last, first == "'" || first == "\"" { t = String(t.dropFirst().dropLast()) }
        return t
    }

    /// The one `print` call in the snippet whose arguments hold `expression` after a fixed text (`print("done?",
    /// t.done())`, `print(f"done? {t.done()}")`), and the output lines that text starts, with what follows it.
    private func printedExpression(_ expression: String) -> (sourceLine: Int, lines: [(Int, String)])? {
        let compact = expression.filter { $0 != " " }
        guard let first = compact.first, first.isLetter || first == "_",
              compact.allSatisfy({ $0.isLetter || $0.isNumber || "_.()[]'\",".contains($0) }) else { return nil }
        let candidates = facts.lines.filter { line in
            let code = line.text.filter { $0 != " " }
            return code.contains("print(") && code.contains(compact)
        }
        guard candidates.count == 1, let line = candidates.first,
              let prefix = PrintCall.fixedText(before: expression, in: line.text), !prefix.isEmpty else { return nil }
        let lines = run.lines.indices.compactMap { index -> (Int, String)? in
            let text = run.lines[index].text
            guard text.hasPrefix(prefix), text.count > prefix.count else { return nil }
            return (index, String(text.dropFirst(prefix.count)))
        }
        return (line.number, lines)
    }

    // MARK: lines

    private func lines(holdingWord word: String) -> [Int] {
        run.lines.indices.filter { Self.words(of: run.lines[$0].text).contains(word.lowercased()) }
    }

    static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "." && $0 != "-" })
            .map { word in String(word.drop(while: { $0 == "." }).reversed().drop(while: { $0 == "." }).reversed()) }
            .filter { !$0.isEmpty }
    }

    private func linesShow(_ word: String, _ values: [String], ordered: Bool) -> Truth {
        let indices = lines(holdingWord: word)
        guard indices.count == values.count else {
            return .unknown("\(label) prints \(indices.count) lines with the word \(quoted(word)), and the sentence lists \(values.count) values")
        }
        let listed = indices.map { at($0) }.joined(separator: ", ")
        let contains = { (index: Int, value: String) in Self.words(of: run.lines[index].text).contains { Self.same($0, value) } }
        if ordered {
            return .from(zip(indices, values).allSatisfy { contains($0.0, $0.1) }, "in \(label), the \(quoted(word)) lines are \(listed)")
        }
        var left = indices
        for value in values {
            guard let found = left.firstIndex(where: { contains($0, value) }) else {
                return .fails("in \(label), the \(quoted(word)) lines are \(listed); none left shows \(value)")
            }
            left.remove(at: found)
        }
        return .holds("in \(label), the \(quoted(word)) lines are \(listed)")
    }

    private func edgeLine(last: Bool, _ value: String) -> Truth {
        guard let index = last ? run.lines.indices.last : run.lines.indices.first else { return .unknown("\(label) prints nothing") }
        let text = run.lines[index].text
        let holds = Self.words(of: text).contains { Self.same($0, value) } || text.lowercased().contains(value.lowercased())
        return .from(holds, "the \(last ? "last" : "first") line of \(label) is \(at(index)); the sentence says it shows \(value)")
    }
}
