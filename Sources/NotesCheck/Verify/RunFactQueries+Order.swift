/// Orders of several printed lines: a listed order, several lines before one, two kinds of line alternating,
/// each task's own two lines, a line before the one line holding a word.
extension RunFactQueries {
    func printedInOrder(_ texts: [String]) -> Truth {
        let found = texts.map { firstLine(holding: $0) }
        let indices = found.compactMap { $0 }
        guard indices.count == texts.count, Set(indices).count == indices.count else {
            return .unknown("\(label) does not print each of \(texts.map(quoted).joined(separator: ", ")) on a line of its own")
        }
        let ordered = zip(indices, indices.dropFirst()).allSatisfy { $0 < $1 }
        return .from(ordered, "in \(label), \(indices.map { at($0) }.joined(separator: ", "))")
    }

    func allPrintedBefore(_ texts: [String], other: String, otherVerb: String? = nil) -> Truth {
        let anchors = otherVerb.map { eventLines(other, $0) } ?? firstLine(holding: other).map { [$0] } ?? []
        guard anchors.count == 1, let anchor = anchors.first else {
            return .unknown("\(label) prints \(anchors.count) lines for \(quoted(([other] + [otherVerb].compactMap { $0 }).joined(separator: " "))), not one")
        }
        let found = texts.map { firstLine(holding: $0) }
        guard found.allSatisfy({ $0 != nil && $0 != anchor }) else {
            return .unknown("\(label) does not print each of \(texts.map(quoted).joined(separator: ", ")) on lines of their own")
        }
        let indices = found.compactMap { $0 }
        if let late = indices.first(where: { $0 > anchor }) {
            return .fails("in \(label), \(at(late)) comes after \(at(anchor))")
        }
        return .holds("in \(label), \(indices.map { at($0) }.joined(separator: ", ")) all come before \(at(anchor))")
    }

    func alternate(_ a: String, _ b: String) -> Truth {
        let first = Set(linesHolding(a)), second = Set(linesHolding(b))
        guard !first.isEmpty, !second.isEmpty, first.isDisjoint(with: second), first.count + second.count >= 3 else {
            return .unknown("\(label) does not print lines of \(quoted(a)) and of \(quoted(b)) apart, at least three in all")
        }
        let sequence = first.union(second).sorted()
        if let repeated = zip(sequence, sequence.dropFirst()).first(where: { first.contains($0.0) == first.contains($0.1) }) {
            return .fails("in \(label), \(at(repeated.0)) is followed by \(at(repeated.1)), with no line of the other between")
        }
        return .holds("in \(label), the \(sequence.count) lines of \(quoted(a)) and \(quoted(b)) alternate: \(sequence.prefix(4).map { at($0) }.joined(separator: ", "))")
    }

    /// For every task that prints a line holding each text, its first `first` line comes before its first `second`.
    func eachTaskBefore(first: String, second: String) -> Truth {
        let a = Self.words(of: first), b = Self.words(of: second)
        var byTask: [String: (Int?, Int?)] = [:]
        var order: [String] = []
        for index in run.lines.indices {
            guard let task = run.lines[index].task else { continue }
            let words = Self.words(of: run.lines[index].text)
            var entry = byTask[task] ?? (nil, nil)
            if byTask[task] == nil { order.append(task) }
            if entry.0 == nil, Self.contains(words, a) { entry.0 = index }
            if entry.1 == nil, Self.contains(words, b) { entry.1 = index }
            byTask[task] = entry
        }
        let pairs = order.compactMap { task -> (String, Int, Int)? in
            guard let entry = byTask[task], let x = entry.0, let y = entry.1, x != y else { return nil }
            return (task, x, y)
        }
        guard !pairs.isEmpty else { return .unknown("no task of \(label) prints a line with \(quoted(first)) and one with \(quoted(second))") }
        if let wrong = pairs.first(where: { $0.1 > $0.2 }) {
            return .fails("in \(label), \(wrong.0) prints \(at(wrong.2)) before \(at(wrong.1))")
        }
        return .holds("in \(label), " + pairs.map { "\($0.0) prints \(at($0.1)) before \(at($0.2))" }.joined(separator: "; "))
    }

    func printedBeforeWordLine(_ text: String, word: String) -> Truth {
        guard let index = firstLine(holding: text) else { return .unknown("\(quoted(text)) is not in the output of \(label)") }
        let holders = run.lines.indices.filter { Self.words(of: run.lines[$0].text).contains(word) }
        guard holders.count == 1, let other = holders.first, other != index else {
            return .unknown("\(label) prints \(holders.count) lines with the word \(quoted(word)), not one of its own")
        }
        return .from(index < other, "in \(label), \(at(min(index, other))) comes before \(at(max(index, other)))")
    }
}

/// Orders told by one event among its peers, by the n-th occurrence of a line, and by lines merely mixed.
extension RunFactQueries {
    /// All facts hold; the first that fails refutes the sentence.
    func allOf(_ facts: [RunFact]) -> Truth {
        var reasons: [String] = []
        var unknown: String?
        for fact in facts {
            switch truth(fact) {
            case .fails(let why): return .fails(why)
            case .holds(let why): reasons.append(why)
            case .unknown(let why): unknown = unknown ?? why
            }
        }
        if let unknown { return .unknown(unknown) }
        return .holds(reasons.joined(separator: "; "))
    }

    /// The subject's one line of the event is the first line of that event at all.
    func eventFirst(_ subject: String, _ verb: String) -> Truth {
        let own = eventLines(subject, verb)
        let stems = EventVerb.stems(of: verb)
        let all = run.lines.indices.filter { index in
            let words = Self.words(of: run.lines[index].text)
            return !stems.isEmpty && stems.allSatisfy { stem in words.contains { $0.hasPrefix(stem) } }
        }
        guard own.count == 1, let line = own.first, let first = all.first, all.count >= 2 else {
            return .unknown("\(label) does not print one line for \(quoted(subject + " " + verb)) among several such lines")
        }
        return .from(first == line, "in \(label), the first such line is \(at(first)); the subject's is \(at(line))")
    }

    /// The n-th line holding `text` (0: the last).
    private func occurrence(_ text: String, _ ordinal: Int) -> Int? {
        let lines = linesHolding(text)
        if ordinal == 0 { return lines.last }
        return ordinal <= lines.count ? lines[ordinal - 1] : nil
    }

    func printedBeforeOccurrence(_ first: String, at time: StatedDuration?, firstOrdinal: Int?, _ second: String, secondOrdinal: Int) -> Truth {
        let candidates: [Int]
        if let time {
            candidates = linesHolding(first).filter { time.matches(run.lines[$0].seconds) }
        } else {
            candidates = [firstOrdinal.flatMap { occurrence(first, $0) } ?? (firstOrdinal == nil ? firstLine(holding: first) : nil)].compactMap { $0 }
        }
        guard candidates.count == 1, let i = candidates.first, let j = occurrence(second, secondOrdinal), i != j else {
            return .unknown("\(label) does not print the one line of \(quoted(first)) and the line of \(quoted(second)) the sentence means")
        }
        return .from(i < j, "in \(label), \(at(min(i, j))) comes before \(at(max(i, j)))")
    }

    func interleaved(_ a: String, _ b: String) -> Truth {
        let first = linesHolding(a), second = linesHolding(b)
        guard let firstA = first.first, let lastA = first.last, let firstB = second.first, let lastB = second.last,
              Set(first).isDisjoint(with: second), first.count + second.count >= 3 else {
            return .unknown("\(label) does not print lines of \(quoted(a)) and of \(quoted(b)) apart, at least three in all")
        }
        let apart = lastA < firstB || lastB < firstA
        return .from(!apart, "in \(label), the lines of \(quoted(a)) run from output line \(firstA + 1) to \(lastA + 1), those of \(quoted(b)) from \(firstB + 1) to \(lastB + 1)")
    }
}
