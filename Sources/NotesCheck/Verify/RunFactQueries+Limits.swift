/// How many runs of one subject are busy at once: the most calls of a function waiting on their own work (a
/// timer, outside work, the loop held) at the same moment, or the most inside one block statement of it.
extension RunFactQueries {
    func atMostAtOnce(_ subject: Subject, block: String?, count: Int) -> Truth {
        guard let entity = binder.activity(subject), case .calls(let function, _) = entity else {
            return .unknown("the sentence does not name a function of \(label) whose calls could be counted")
        }
        let stretches: [[(start: Moment, end: Moment)]]
        let what: String
        if let block {
            guard let inside = insideBlock(block, of: function, entity: entity) else {
                return .unknown("\(function)() has no single `\(block)` statement whose stretches \(label) can time")
            }
            stretches = inside
            what = "\(function)() calls inside `\(block)`"
        } else {
            stretches = binder.spans(of: entity).map(\.busy)
            what = "\(function)() calls busy on their own work"
        }
        guard let peak = Self.peak(stretches) else { return .unknown("no call of \(function)() spends time in \(label)") }
        let why = "in \(label), at most \(peak.count) \(what) at once (\(peak.count) from \(formatSeconds(peak.at))); the sentence says at most \(count)"
        return .from(peak.count <= count, why)
    }

    /// For each call of `function`, the stretch from its first suspension on a line of the block's body to the
    /// end of its last one there; nil when the block cannot be found once in the function.
    private func insideBlock(_ block: String, of function: String, entity: Binder.Entity) -> [[(start: Moment, end: Moment)]]? {
        let keyword = block.trimmedWhitespace()
        let lines = facts.lines
        let starts = lines.indices.filter { index in
            lines[index].text.trimmedWhitespace().hasPrefix(keyword) && queries.enclosingFunction(of: index) == function
        }
        guard starts.count == 1, let start = starts.first, let range = queries.blockLines(from: start, keyword: keyword),
              range.lowerBound < range.upperBound else { return nil }
        let body = (range.lowerBound + 1)...range.upperBound
        let calls = run.calls.filter { call in
            guard Binder.sameFunction(call.function, function), call.end != nil, call.task != nil else { return false }
            if case .calls(_, let sites) = entity, !sites.isEmpty {
                return sites.contains { $0.line == call.line && (call.column == 0 || $0.column == call.column) }
            }
            return true
        }
        return calls.map { call -> [(start: Moment, end: Moment)] in
            guard let end = call.end else { return [] }
            let own = run.suspensions.filter { s in
                s.task == call.task && call.start <= s.start && s.end <= end && (s.line.map(body.contains) ?? false)
            }
            guard let first = own.first, let last = own.last else { return [] }
            return [(first.start, last.end)]
        }
    }

    /// The most stretches (one list per run, counted once each) open over a common positive length of time,
    /// and when that begins; nil when no stretch has length.
    static func peak(_ runs: [[(start: Moment, end: Moment)]]) -> (count: Int, at: Double)? {
        var events: [(time: Double, delta: Int)] = []
        for stretches in runs {
            for stretch in stretches where stretch.end.seconds > stretch.start.seconds {
                events.append((stretch.start.seconds, 1))
                events.append((stretch.end.seconds, -1))
            }
        }
        guard !events.isEmpty else { return nil }
        events.sort { $0.time < $1.time || ($0.time == $1.time && $0.delta < $1.delta) }
        var open = 0, best = 0, at = 0.0
        for event in events {
            open += event.delta
            if open > best { best = open; at = event.time }
        }
        return (best, at)
    }
}
