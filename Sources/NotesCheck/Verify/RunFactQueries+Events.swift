/// Events of a run read off its printed lines: one event's time, two events' order, all of one coroutine's lines
/// before another's, and several runs' joint duration.
extension RunFactQueries {
    /// The lines naming `subject` (as words in a row) and, when given, the verb (any form of its stem).
    func eventLines(_ subject: String, _ verb: String?) -> [Int] {
        let subjectWords = Self.words(of: subject)
        let stems = verb.map { EventVerb.stems(of: $0) } ?? []
        if let task = ownTask(ofCall: subject), !stems.isEmpty {
            return run.lines.indices.filter { index in
                let words = Self.words(of: run.lines[index].text)
                return run.lines[index].task == task && stems.allSatisfy { stem in words.contains { $0.hasPrefix(stem) } }
            }
        }
        let named = run.lines.indices.filter { index in
            let words = Self.words(of: run.lines[index].text)
            guard Self.contains(words, subjectWords) || run.lines[index].text.hasPrefix(subject) else { return false }
            return stems.isEmpty || stems.allSatisfy { stem in words.contains { $0.hasPrefix(stem) } }
        }
        guard named.isEmpty, !stems.isEmpty else { return named }
        if subjectWords.count == 2, let noun = subjectWords.first, let number = subjectWords.last, number.allSatisfy(\.isNumber) {
            return numbered(number, noun: noun, stems: stems)
        }
        guard subjectWords.count == 1, let noun = subjectWords.first, let own = linesOfTasks(running: noun) else { return named }
        // "the waiter is released": the line of the verb that the tasks of `waiter` print.
        return own.lines.filter { index in
            let words = Self.words(of: run.lines[index].text)
            return stems.allSatisfy { stem in words.contains { $0.hasPrefix(stem) } }
        }
    }

    /// "request 2 starts" when no line says "request": the lines of the verb that hold the number as a word of
    /// its own ("start 2 at 1.0").
    private func numbered(_ number: String, noun: String, stems: [String]) -> [Int] {
        let forms = Set(NounBinding.singulars(of: noun) + [noun + "s"])
        let lines = run.lines.indices.map { Self.words(of: run.lines[$0].text) }
        guard !lines.contains(where: { $0.contains(where: forms.contains) }) else { return [] }
        return run.lines.indices.filter { index in
            lines[index].contains(number) && stems.allSatisfy { stem in lines[index].contains { $0.hasPrefix(stem) } }
        }
    }

    /// The task a call such as `crit(2)` runs as, when it is the one call of its site with those arguments and
    /// the task runs nothing else at its root (so the task's lines are the call's).
    func ownTask(ofCall literal: String) -> String? {
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

    static func contains(_ words: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= words.count else { return false }
        return (0...(words.count - part.count)).contains { Array(words[$0..<($0 + part.count)]) == part }
    }

    func eventAt(_ subject: String, _ verb: String?, _ duration: StatedDuration) -> Truth {
        let found = eventLines(subject, verb)
        let event = ([subject] + [verb].compactMap { $0 }).joined(separator: " ")
        guard found.count == 1, let index = found.first else {
            return .unknown("\(label) prints \(found.count) lines for \(quoted(event)), not one")
        }
        return .from(duration.matches(run.lines[index].seconds),
                     "in \(label), \(at(index)); the sentence says \(duration.described)")
    }

    func eventBefore(_ a: String, _ va: String, _ b: String, _ vb: String) -> Truth {
        let first = eventLines(a, va), second = eventLines(b, vb)
        guard first.count == 1, second.count == 1, let i = first.first, let j = second.first, i != j else {
            return .unknown("\(label) does not print one line for each of \(quoted(a + " " + va)) and \(quoted(b + " " + vb))")
        }
        return .from(i < j, "in \(label), \(at(min(i, j))) comes before \(at(max(i, j)))")
    }

    /// Lines printed by the tasks that run the function a noun names.
    func linesOfTasks(running noun: String) -> (function: String, lines: [Int])? {
        guard let function = NounBinding.singulars(of: noun).first(where: { facts.definedFunctions.contains($0) }) else { return nil }
        let tasks = Set(run.tasks.filter { ($0.coroutine.split(separator: ".").last.map(String.init) ?? $0.coroutine) == function }.map(\.name))
        guard !tasks.isEmpty else { return nil }
        return (function, run.lines.indices.filter { run.lines[$0].task.map(tasks.contains) ?? false })
    }

    func allLinesBefore(_ first: String, _ second: String) -> Truth {
        guard let a = linesOfTasks(running: first), let b = linesOfTasks(running: second), a.function != b.function else {
            return .unknown("\(quoted(first)) and \(quoted(second)) are not two functions that run as tasks of their own in \(label)")
        }
        guard let lastOfA = a.lines.last, let firstOfB = b.lines.first else {
            return .unknown("in \(label), \(a.function)() or \(b.function)() prints nothing")
        }
        return .from(lastOfA < firstOfB, "in \(label), the last line of \(a.function)() is \(at(lastOfA)) and the first of \(b.function)() is \(at(firstOfB))")
    }

    func lastsTogether(_ subject: Subject, _ duration: StatedDuration) -> Truth {
        guard let entity = binder.activity(subject), entity != .run else { return queries.lasts(subject, duration) }
        let spans = binder.spans(of: entity)
        guard let firstSpan = spans.first, let start = spans.map(\.start.seconds).min(), let end = spans.map(\.end.seconds).max() else {
            return .unknown("the subject never ran to its end in \(label)")
        }
        return .from(duration.matches(end - start),
                     "in \(label), the \(spans.count) run(s) of \(firstSpan.label) go from \(formatSeconds(start)) to \(formatSeconds(end)), \(formatSeconds(end - start)) together; the sentence says \(duration.described)")
    }
}
