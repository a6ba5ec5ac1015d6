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
        }
    }

    private func quoted(_ text: String) -> String { "“\(text)”" }

    private func at(_ index: Int) -> String {
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

    private static func unquoted(_ text: String) -> String {
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

    // MARK: lists

    /// The printed lines holding a Python list, with its items.
    private func printedLists() -> [(index: Int, items: [String])] {
        run.lines.indices.compactMap { index in
            PythonList.items(in: run.lines[index].text).map { (index, $0) }
        }
    }

    private func listStarts(_ item: String, completionOrder: Bool) -> Truth {
        let lists = printedLists()
        guard lists.count == 1, let list = lists.first, let first = list.items.first else {
            return .unknown("\(label) prints \(lists.count) lists, not one")
        }
        guard Self.same(first, item) else {
            return .fails("in \(label), the list \(at(list.index)) starts with \(first), not \(item)")
        }
        guard completionOrder else { return .holds("in \(label), the list \(at(list.index)) starts with \(first)") }
        let ends = list.items.map { completion(ofCallWith: $0) }
        guard ends.allSatisfy({ $0 != nil }) else {
            return .unknown("the list \(at(list.index)) starts with \(first), but its items cannot all be matched to single calls to tell their completion order")
        }
        let times = ends.compactMap { $0 }
        let sorted = zip(times, times.dropFirst()).allSatisfy { $0 <= $1 }
        let described = zip(list.items, times).map { "\($0.0) at \(formatSeconds($0.1.seconds))" }.joined(separator: ", ")
        return .from(sorted, "in \(label), the calls behind the list \(at(list.index)) finish: \(described)")
    }

    /// The end of the one call whose arguments hold `item` as a string literal.
    private func completion(ofCallWith item: String) -> Moment? {
        let bare = Self.unquoted(item)
        let sites = facts.callSites.filter { $0.arguments.contains("\"\(bare)\"") || $0.arguments.contains("'\(bare)'") }
        guard sites.count == 1, let site = sites.first else { return nil }
        let spans = run.calls.filter { Binder.sameFunction($0.function, site.function) && $0.line == site.line && ($0.column == 0 || $0.column == site.column) }
        guard spans.count == 1 else { return nil }
        return spans.first?.end
    }

    private func printedList(_ list: String) -> Truth {
        guard let items = PythonList.items(in: list) else { return .unknown("\(quoted(list)) is not a list") }
        if let found = printedLists().first(where: { $0.items.count == items.count && zip($0.items, items).allSatisfy { Self.same($0.0, $0.1) } }) {
            return .holds("in \(label), \(at(found.index))")
        }
        return reordered(list) ?? .unknown("\(label) never prints \(quoted(list)); the value may be one the snippet never prints")
    }

    /// The claim's list is contradicted when the run prints exactly one list with the same items in another order.
    func reordered(_ literal: String?) -> Truth? {
        guard let literal, let items = PythonList.items(in: literal), items.count >= 2 else { return nil }
        let key = { (list: [String]) in list.map { Self.unquoted($0).lowercased() }.sorted() }
        let same = printedLists().filter { key($0.items) == key(items) }
        guard same.count == 1, let found = same.first,
              !zip(found.items, items).allSatisfy({ Self.same($0.0, $0.1) }) else { return nil }
        return .fails("in \(label), the list is \(at(found.index)): the same items in another order than \(quoted(literal))")
    }

    // MARK: events

    /// The lines naming `subject` (as words in a row) and, when given, the verb (any form of its stem).
    private func eventLines(_ subject: String, _ verb: String?) -> [Int] {
        let subjectWords = Self.words(of: subject)
        let stems = verb.map { EventVerb.stems(of: $0) } ?? []
        if let task = ownTask(ofCall: subject), !stems.isEmpty {
            return run.lines.indices.filter { index in
                let words = Self.words(of: run.lines[index].text)
                return run.lines[index].task == task && stems.allSatisfy { stem in words.contains { $0.hasPrefix(stem) } }
            }
        }
        return run.lines.indices.filter { index in
            let words = Self.words(of: run.lines[index].text)
            guard Self.contains(words, subjectWords) || run.lines[index].text.hasPrefix(subject) else { return false }
            return stems.isEmpty || stems.allSatisfy { stem in words.contains { $0.hasPrefix(stem) } }
        }
    }

    /// The task a call such as `crit(2)` runs as, when it is the one call of its site with those arguments and
    /// the task runs nothing else at its root (so the task's lines are the call's).
    private func ownTask(ofCall literal: String) -> String? {
        let name = String(literal.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" }))
        let rest = literal.dropFirst(name.count)
        guard facts.definedFunctions.contains(name), rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
        let arguments = String(rest.dropFirst().dropLast()).filter { $0 != " " }.replacingQuotes()
        let sites = facts.callSites.filter { $0.function == name && $0.arguments.filter({ $0 != " " }).replacingQuotes() == arguments }
        guard sites.count == 1, let site = sites.first else { return nil }
        var calls = run.calls.filter { call in
            Binder.sameFunction(call.function, name) && site.line == call.line && (call.column == 0 || site.column == call.column)
        }
        if calls.count > 1, calls.allSatisfy({ $0.column == 0 }) {
            // Without columns, the calls made on one line are in the order of its call sites when each ran once.
            let onLine = facts.callSites.filter { $0.function == name && $0.line == site.line }
            if onLine.count == calls.count, let position = onLine.firstIndex(of: site) { calls = [calls[position]] }
        }
        guard calls.count == 1, let task = calls.first?.task,
              let span = run.tasks.first(where: { $0.name == task }),
              span.coroutine.split(separator: ".").last.map(String.init) == name else { return nil }
        return task
    }

    private static func contains(_ words: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= words.count else { return false }
        return (0...(words.count - part.count)).contains { Array(words[$0..<($0 + part.count)]) == part }
    }

    private func eventAt(_ subject: String, _ verb: String?, _ duration: StatedDuration) -> Truth {
        let found = eventLines(subject, verb)
        let event = ([subject] + [verb].compactMap { $0 }).joined(separator: " ")
        guard found.count == 1, let index = found.first else {
            return .unknown("\(label) prints \(found.count) lines for \(quoted(event)), not one")
        }
        return .from(duration.matches(run.lines[index].seconds),
                     "in \(label), \(at(index)); the sentence says \(duration.described)")
    }

    private func eventBefore(_ a: String, _ va: String, _ b: String, _ vb: String) -> Truth {
        let first = eventLines(a, va), second = eventLines(b, vb)
        guard first.count == 1, second.count == 1, let i = first.first, let j = second.first, i != j else {
            return .unknown("\(label) does not print one line for each of \(quoted(a + " " + va)) and \(quoted(b + " " + vb))")
        }
        return .from(i < j, "in \(label), \(at(min(i, j))) comes before \(at(max(i, j)))")
    }

    /// Lines printed by the tasks that run the function a noun names.
    private func linesOfTasks(running noun: String) -> (function: String, lines: [Int])? {
        guard let function = NounBinding.singulars(of: noun).first(where: { facts.definedFunctions.contains($0) }) else { return nil }
        let tasks = Set(run.tasks.filter { ($0.coroutine.split(separator: ".").last.map(String.init) ?? $0.coroutine) == function }.map(\.name))
        guard !tasks.isEmpty else { return nil }
        return (function, run.lines.indices.filter { run.lines[$0].task.map(tasks.contains) ?? false })
    }

    private func allLinesBefore(_ first: String, _ second: String) -> Truth {
        guard let a = linesOfTasks(running: first), let b = linesOfTasks(running: second), a.function != b.function else {
            return .unknown("\(quoted(first)) and \(quoted(second)) are not two functions that run as tasks of their own in \(label)")
        }
        guard let lastOfA = a.lines.last, let firstOfB = b.lines.first else {
            return .unknown("in \(label), \(a.function)() or \(b.function)() prints nothing")
        }
        return .from(lastOfA < firstOfB, "in \(label), the last line of \(a.function)() is \(at(lastOfA)) and the first of \(b.function)() is \(at(firstOfB))")
    }

    private func lastsTogether(_ subject: Subject, _ duration: StatedDuration) -> Truth {
        guard let entity = binder.activity(subject), entity != .run else { return queries.lasts(subject, duration) }
        let spans = binder.spans(of: entity)
        guard let firstSpan = spans.first, let start = spans.map(\.start.seconds).min(), let end = spans.map(\.end.seconds).max() else {
            return .unknown("the subject never ran to its end in \(label)")
        }
        return .from(duration.matches(end - start),
                     "in \(label), the \(spans.count) run(s) of \(firstSpan.label) go from \(formatSeconds(start)) to \(formatSeconds(end)), \(formatSeconds(end - start)) together; the sentence says \(duration.described)")
    }
}
