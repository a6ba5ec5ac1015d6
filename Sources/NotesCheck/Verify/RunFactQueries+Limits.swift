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

/// One task printing on while another waits.
extension RunFactQueries {
    /// Every stretch of the other's waiting longer than the subject's pace (the longest gap between the subject's
    /// lines elsewhere), inside the subject's lifetime, holds one of its lines: the claim holds. A stretch where
    /// the other held the loop (time passing inside one step) with no line of the subject refutes it; a quiet
    /// stretch of plain waiting could fall between two lines, so it decides nothing.
    func keepsGoingWhile(_ subject: String, _ other: Subject) -> Truth {
        let words = subject.split(separator: " ").map(String.init)
        guard let own = words.lazy.compactMap({ linesOfTasks(running: $0) }).first, own.lines.count >= 2 else {
            return .unknown("\(quoted(subject)) does not name a function whose tasks print several lines in \(label)")
        }
        guard let entity = binder.activity(other), entity != .run else {
            return .unknown("the sentence does not name what waits in \(label)")
        }
        if case .calls(let function, _) = entity, function == own.function {
            return .unknown("the sentence names \(own.function)() on both sides")
        }
        let times = own.lines.map { run.lines[$0].seconds }
        let lives = run.tasks.filter { Binder.sameFunction($0.coroutine, own.function) }.compactMap { task -> (Double, Double)? in
            guard let start = task.firstStep, let end = task.finished else { return nil }
            return (start.seconds, end.seconds)
        }
        let inside = { (stretch: (start: Moment, end: Moment)) in
            times.contains { stretch.start.seconds < $0 && $0 < stretch.end.seconds }
        }
        /// The longest gap between two of the subject's lines that does not span the stretch.
        let pace = { (stretch: (start: Moment, end: Moment)) -> Double? in
            zip(times, times.dropFirst()).filter { !($0.0 <= stretch.start.seconds && stretch.end.seconds <= $0.1) }
                .map { $0.1 - $0.0 }.filter { $0 > 0 }.max()
        }
        let long = binder.spans(of: entity).flatMap(\.busy).filter { stretch in
            guard let p = pace(stretch) else { return false }
            return stretch.end.seconds - stretch.start.seconds > p
                && lives.contains { $0.0 <= stretch.start.seconds && stretch.end.seconds <= $0.1 }
        }
        guard !long.isEmpty else {
            return .unknown("in \(label), nothing the sentence names waits longer than the gaps between lines of \(own.function)()")
        }
        let held = long.filter { stretch in run.blocking.contains { $0.start == stretch.start && $0.end == stretch.end } }
        if let quiet = held.first(where: { !inside($0) }) {
            return .fails("in \(label), the loop is held from \(formatSeconds(quiet.start.seconds)) to \(formatSeconds(quiet.end.seconds)) and \(own.function)() prints nothing then")
        }
        guard long.allSatisfy(inside) else {
            return .unknown("in \(label), \(own.function)() prints nothing during some wait, which may fall between two of its lines")
        }
        return .holds("in \(label), \(own.function)() prints during each of the \(long.count) long waits, from \(formatSeconds(long[0].start.seconds))")
    }
}
