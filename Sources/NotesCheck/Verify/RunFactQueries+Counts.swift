/// Counts of printed lines: how often a text is printed, how many lines of one word a subject prints.
extension RunFactQueries {
    /// The lines equal to `text` when there are any, else the lines holding its words in a row.
    func linesHolding(_ text: String) -> [Int] {
        let exact = run.lines.indices.filter { run.lines[$0].text == text }
        if !exact.isEmpty { return exact }
        let words = Self.words(of: text)
        return run.lines.indices.filter { Self.contains(Self.words(of: run.lines[$0].text), words) }
    }

    /// The first line holding `text` (see `linesHolding`).
    func firstLine(holding text: String) -> Int? { linesHolding(text).first }

    private func listed(_ indices: [Int]) -> String {
        let shown = indices.prefix(4).map { at($0) }.joined(separator: ", ")
        return indices.count > 4 ? shown + ", …" : shown
    }

    /// Decides a count against the lines found: exact counts must agree; "at least" and counts limited to part
    /// of the run ("before the cancel") fail only when the whole run has too few.
    private func decide(_ found: [Int], _ count: RunFact.Count, what: String, units: Int? = nil) -> Truth {
        let number = units ?? found.count
        let why = "in \(label), \(what) \(number) time(s): \(listed(found)); the sentence says \(count.number)"
        if number < count.number { return .fails(why) }
        if count.atLeast { return .holds(why) }
        if count.bounded { return .unknown("\(why), counted over part of the run only") }
        return .from(number == count.number, why)
    }

    /// How many things the lines name: when every line holds the noun followed by a word ("worker 1 starts",
    /// "worker 1 done"), the distinct pairs; otherwise the lines themselves ("tick", "tick").
    private func named(_ lines: [Int], forms: Set<String>) -> Int {
        let keys = lines.map { index -> String? in
            let words = Self.words(of: run.lines[index].text)
            guard let at = words.firstIndex(where: forms.contains), at + 1 < words.count else { return nil }
            return words[at + 1]
        }
        let present = keys.compactMap { $0 }
        return present.count == keys.count ? Set(present).count : lines.count
    }

    func printedTimes(_ text: String, _ count: RunFact.Count) -> Truth {
        let found = linesHolding(text)
        guard !found.isEmpty else { return .unknown("\(label) never prints \(quoted(text)); it may name something else") }
        return decide(found, count, what: "\(quoted(text)) is printed")
    }

    /// Lines holding the noun (any spelling of its singular); when the subject names a function, only its tasks'
    /// lines, else only when one task prints them all.
    func linesCounted(_ noun: String, subject: String?, _ count: RunFact.Count) -> Truth {
        let forms = Set(NounBinding.singulars(of: noun))
        let nounLines = run.lines.indices.filter { Self.words(of: run.lines[$0].text).contains(where: forms.contains) }
        guard !nounLines.isEmpty else { return .unknown("\(label) prints no line with the word \(quoted(noun))") }
        let words = (subject ?? "").split(separator: " ").map { String($0.prefix { $0.isLetter || $0.isNumber || $0 == "_" }) }
        if let own = words.lazy.compactMap({ linesOfTasks(running: $0) }).first {
            let found = nounLines.filter(own.lines.contains)
            guard !found.isEmpty else { return .unknown("\(own.function)() prints no line with the word \(quoted(noun)) in \(label)") }
            return decide(found, count, what: "\(own.function)() prints a line with \(quoted(noun))", units: named(found, forms: forms))
        }
        let tasks = Set(nounLines.map { run.lines[$0].task ?? "" })
        guard tasks.count == 1, tasks.first != "" else {
            return .unknown("in \(label), lines with the word \(quoted(noun)) come from more than one task, and the sentence does not say whose")
        }
        return decide(nounLines, count, what: "a line with \(quoted(noun)) is printed", units: named(nounLines, forms: forms))
    }

    /// Every numbered subject's event line comes out at the time: one that does not refutes the sentence.
    func eventsAt(_ subjects: [String], _ verb: String, _ duration: StatedDuration) -> Truth {
        var reasons: [String] = []
        var unknown: String?
        for subject in subjects {
            switch eventAt(subject, verb, duration) {
            case .fails(let why): return .fails(why)
            case .holds(let why): reasons.append(why)
            case .unknown(let why): unknown = unknown ?? why
            }
        }
        if let unknown { return .unknown(unknown) }
        return .holds(reasons.joined(separator: "; "))
    }
}
