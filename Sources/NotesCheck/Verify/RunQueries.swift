/// The trace queries claims are decided by, on one run: print order, lifetimes, overlap, total time.
struct RunQueries {
    let run: RunRecord
    let binder: Binder
    let label: String

    func at(_ moment: Moment?) -> String {
        moment.map { " at \(formatSeconds($0.seconds))" } ?? ""
    }

    private func quoted(_ text: String) -> String { "“\(text)”" }

    /// The index of the first (or last) output line holding `text`: an exact line first, then a line containing it.
    private func lineIndex(of text: String, first: Bool = true) -> Int? {
        let lines = run.lines
        let exact = first ? lines.firstIndex { $0.text == text } : lines.lastIndex { $0.text == text }
        if let exact { return exact }
        return first ? lines.firstIndex { $0.text.contains(text) } : lines.lastIndex { $0.text.contains(text) }
    }

    private func describeLine(_ index: Int) -> String {
        let line = run.lines[index]
        return "\(quoted(line.text)) is output line \(index + 1) (at \(formatSeconds(line.seconds)))"
    }

    func printedBefore(_ a: Subject, _ b: Subject) -> Truth {
        guard let first = binder.printed(a), let second = binder.printed(b) else {
            return .unknown("the sentence does not quote the printed lines it orders")
        }
        guard let i = lineIndex(of: first) else { return .unknown("\(quoted(first)) is not in the output of \(label)") }
        guard let j = lineIndex(of: second) else { return .unknown("\(quoted(second)) is not in the output of \(label)") }
        guard i != j else { return .unknown("\(quoted(first)) and \(quoted(second)) are on the same output line") }
        return .from(i < j, "in \(label), \(describeLine(min(i, j))) and \(describeLine(max(i, j)))")
    }

    func printedAt(_ a: Subject, first: Bool) -> Truth {
        guard let text = binder.printed(a) else { return .unknown("the sentence does not quote a printed line") }
        guard let target = first ? run.lines.first : run.lines.last else { return .unknown("\(label) printed nothing") }
        guard lineIndex(of: text) != nil else { return .unknown("\(quoted(text)) is not in the output of \(label)") }
        let holds = target.text == text || target.text.contains(text)
        return .from(holds, "the \(first ? "first" : "last") line \(label) printed is \(quoted(target.text))")
    }

    func printedAt(_ a: Subject, _ duration: StatedDuration) -> Truth {
        guard let text = binder.printed(a) else { return .unknown("the sentence does not quote the printed text") }
        guard let index = lineIndex(of: text) else { return .unknown("\(quoted(text)) is not in the output of \(label)") }
        let seconds = run.lines[index].seconds
        return .from(duration.matches(seconds), "in \(label), \(describeLine(index)); the sentence says \(duration.described)")
    }

    func printed(_ a: Subject) -> Truth {
        guard let text = binder.printed(a) else { return .unknown("the sentence does not quote the printed text") }
        if let index = lineIndex(of: text) { return .holds("in \(label), \(describeLine(index))") }
        if case .mention(let i) = a, let entity = binder.activity(a), entity != .printed(text), i >= 0 {
            return .unknown("\(quoted(text)) names code, not output")
        }
        guard run.exception == nil else { return .unknown("\(label) ended with \(run.exception ?? "an exception")") }
        let shown = run.lines.prefix(6).map { quoted($0.text) }.joined(separator: ", ")
        return .fails("\(label) never prints \(quoted(text)); its output is \(shown.isEmpty ? "empty" : shown)\(run.lines.count > 6 ? ", …" : "")")
    }

    func lasts(_ subject: Subject, _ duration: StatedDuration) -> Truth {
        if case .mention(let index) = subject, index >= 0, index < binder.mentions.count, let literal = binder.mentions[index].literal,
           let statement = statementLasts(literal, duration) {
            return statement
        }
        guard let entity = binder.activity(subject) else { return .unknown("the sentence does not say what takes \(duration.described)") }
        let observed: Double
        let what: String
        switch entity {
        case .run:
            guard let seconds = run.virtualSeconds else { return .unknown("\(label) runs no event loop") }
            observed = seconds
            what = "\(label) takes"
        case .calls, .task:
            let spans = binder.spans(of: entity)
            if spans.count > 1, case .phrase(let phrase) = subject { return groupLasts(spans, phrase: phrase, duration) }
            guard spans.count == 1, let span = spans.first else {
                return .unknown("the subject of the duration matches \(spans.count) spans of the run, not one")
            }
            observed = span.end.seconds - span.start.seconds
            what = "\(span.label) runs from \(formatSeconds(span.start.seconds)) to \(formatSeconds(span.end.seconds)),"
        case .printed, .library:
            return .unknown("the duration's subject is not something that runs")
        }
        let tolerance = duration.hedged ? "within 10 %" : "to the last digit stated"
        return .from(duration.matches(observed),
                     "\(what) \(formatSeconds(observed)) of virtual time; the sentence says \(duration.described) (\(tolerance))")
    }

    func concurrent(_ given: [Subject]) -> Truth {
        let subjects = given.count == 1 ? given.flatMap(binder.conjuncts) : given
        let entities = subjects.compactMap { binder.activity($0) }.filter { $0 != .run }
        if subjects.isEmpty || subjects.allSatisfy({ binder.activity($0) == .run }) {
            return runOverlap()
        }
        guard entities.count == subjects.count else { return .unknown("the sentence names things the run does not have") }
        let groups = entities.map { binder.spans(of: $0) }
        guard groups.allSatisfy({ !$0.isEmpty }) else { return .unknown("a subject of the sentence never ran to its end in \(label)") }
        var pairs: [(Binder.Activity, Binder.Activity)] = []
        if groups.count == 1, let only = groups.first {
            guard only.count >= 2 else { return .unknown("the sentence's subject ran only once in \(label)") }
            for i in 0..<only.count { for j in (i + 1)..<only.count { pairs.append((only[i], only[j])) } }
        } else {
            for i in 0..<groups.count { for j in (i + 1)..<groups.count {
                for x in groups[i] { for y in groups[j] { pairs.append((x, y)) } }
            } }
        }
        for (x, y) in pairs {
            for a in x.busy { for b in y.busy where overlap(a.start, a.end, b.start, b.end) > 0 {
                let from = max(a.start.seconds, b.start.seconds), to = min(a.end.seconds, b.end.seconds)
                return .holds("\(x.label) and \(y.label) are both running over [\(formatSeconds(from)), \(formatSeconds(to))]")
            } }
        }
        let described = pairs.prefix(2).map { p in
            "\(p.0.label) is busy \(stretches(p.0)), \(p.1.label) \(stretches(p.1))"
        }.joined(separator: "; ")
        return .fails("no two of them are busy at the same time in \(label): \(described)")
    }

    private func stretches(_ activity: Binder.Activity) -> String {
        activity.busy.prefix(3).map { "\(formatSeconds($0.start.seconds))–\(formatSeconds($0.end.seconds))" }.joined(separator: ", ")
    }

    /// Two tasks waiting (on timers, queues, events — not on each other) over a common positive stretch.
    private func runOverlap() -> Truth {
        let waits = run.waits.filter { !$0.synchronizing }
        for i in 0..<waits.count {
            for j in (i + 1)..<waits.count where waits[i].task != waits[j].task {
                let length = overlap(waits[i].start, waits[i].end, waits[j].start, waits[j].end)
                if length > 0 {
                    let from = max(waits[i].start.seconds, waits[j].start.seconds)
                    return .holds("in \(label), \(waits[i].task)\(line(waits[i].line)) and \(waits[j].task)\(line(waits[j].line)) are both waiting over [\(formatSeconds(from)), \(formatSeconds(from + length))]")
                }
            }
        }
        guard waits.count + run.blocking.count >= 2 else {
            return .unknown("\(label) has fewer than two operations that take time")
        }
        let total = run.virtualSeconds.map { " and takes \(formatSeconds($0))" } ?? ""
        return .fails("in \(label) no two tasks wait at the same time: each waiting operation starts after the previous one ends\(total)")
    }

    private func line(_ number: Int?) -> String { number.map { " (line \($0))" } ?? "" }

    private func overlap(_ a0: Moment, _ a1: Moment, _ b0: Moment, _ b1: Moment) -> Double {
        min(a1.seconds, b1.seconds) - max(a0.seconds, b0.seconds)
    }

    func startsAfterEnd(_ later: Subject, _ earlier: Subject) -> Truth {
        if let a = binder.activity(later), let b = binder.activity(earlier) {
            if case .printed(let laterText) = a, case .printed(let earlierText) = b,
               let start = lineIndex(of: laterText), let end = lineIndex(of: earlierText, first: false) {
                return .from(start > end, "in \(label), the first line with \(quoted(laterText)) is output line \(start + 1) and the last with \(quoted(earlierText)) is line \(end + 1)")
            }
            let spansA = binder.spans(of: a), spansB = binder.spans(of: b)
            if spansA.count == 1, spansB.count == 1, let x = spansA.first, let y = spansB.first {
                return .from(x.start.seconds >= y.end.seconds && x.start > y.end,
                             "in \(label), \(x.label) starts at \(formatSeconds(x.start.seconds)) and \(y.label) ends at \(formatSeconds(y.end.seconds))")
            }
        }
        return .unknown("the sentence's subjects could not be matched to single calls or printed lines of \(label)")
    }

    func blocksLoop(_ subject: Subject) -> Truth {
        guard let entity = binder.activity(subject) else { return .unknown("the sentence does not name a call of the snippet") }
        switch entity {
        case .library(let name) where name.hasSuffix("time.sleep"):
            guard let span = run.blocking.first else { return .unknown("\(label) never calls \(name) inside the loop") }
            return .holds("in \(label), \(name)\(line(span.line)) holds the loop from \(formatSeconds(span.start.seconds)) to \(formatSeconds(span.end.seconds)) while no other task runs")
        case .calls:
            let spans = binder.spans(of: entity)
            guard !spans.isEmpty else { return .unknown("the call never finished in \(label)") }
            let blocked = run.blocking.first { b in spans.contains { $0.start <= b.start && b.end <= $0.end } }
            if let b = blocked {
                return .holds("in \(label), time passes inside one step from \(formatSeconds(b.start.seconds)) to \(formatSeconds(b.end.seconds))\(line(b.line)) while no other task runs")
            }
            return .fails("in \(label), no virtual time passes inside a step of \(spans[0].label): it waits by suspending")
        default:
            return .unknown("the run cannot tell whether this blocks the loop")
        }
    }

    /// The snippet's own tasks (not the entry's main task, not asyncio's shutdown helpers) that the subject may
    /// name; the claim that they keep running fails when every one of them ended cancelled, holds when none did.
    func keepsRunning(_ subject: Subject) -> Truth {
        if case .task(let span)? = binder.activity(subject) {
            return .from(span.outcome != .cancelled, "\(span.name) (\(span.coroutine)) ended \(span.outcome.rawValue)\(at(span.finished))")
        }
        let own = run.tasks.dropFirst().filter { !$0.coroutine.hasPrefix("BaseEventLoop.") }
        guard !own.isEmpty else { return .unknown("\(label) has no task besides its main one") }
        let cancelled = own.filter { $0.outcome == .cancelled }
        let list = own.map { "\($0.name) (\($0.coroutine)) ended \($0.outcome.rawValue)\(at($0.finished))" }.joined(separator: ", ")
        if cancelled.count == own.count { return .fails("in \(label), \(list)") }
        if cancelled.isEmpty { return .holds("in \(label), \(list)") }
        return .unknown("in \(label) some tasks were cancelled and some were not: \(list)")
    }

    func task(_ subject: Subject, _ decide: (TaskSpan) -> Truth) -> Truth {
        guard case .task(let span)? = binder.activity(subject) else {
            return .unknown("the sentence does not name one task of \(label)")
        }
        return decide(span)
    }
}
