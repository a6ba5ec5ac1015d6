/// How long a statement of the snippet takes ("the `async for` over `countdown(3)` takes 0.6 s", "the `async
/// with` block takes 5 s", "the `await fut` line takes one second"): from the first suspension of its task
/// inside the statement to the step that resumes after the last one. Virtual time passes only while a task is
/// suspended (or blocked, which makes the answer unknown), so that is the statement's whole span.
extension RunQueries {
    private static let keywords = ["async for ", "async with ", "await "]

    /// `nil` when the literal is not a statement keyword (`async for`, `async with`, `await …`).
    func statementLasts(_ literal: String, _ duration: StatedDuration) -> Truth? {
        let keyword = literal.trimmedWhitespace()
        guard Self.keywords.contains(where: { (keyword + " ").hasPrefix($0) }) else { return nil }
        let lines = binder.facts.lines
        var candidates = lines.indices.filter { index in
            let text = lines[index].text.trimmedWhitespace()
            return text.hasPrefix(keyword) || (keyword.hasPrefix("await ") && text.contains("= " + keyword))
        }
        if candidates.count > 1 {
            let others = binder.mentions.compactMap(\.literal).filter { $0 != literal && !$0.isEmpty }
            candidates = candidates.filter { index in others.contains { lines[index].text.contains($0) } }
        }
        guard candidates.count == 1, let start = candidates.first else {
            return .unknown("the snippet has \(candidates.count) statements starting with `\(keyword)`, not one")
        }
        guard let block = blockLines(from: start, keyword: keyword), let function = enclosingFunction(of: start) else {
            return .unknown("`\(keyword)` at line \(lines[start].number) is inside a loop, or not inside one function")
        }
        let tasks = run.tasks.filter { Binder.sameFunction($0.coroutine, function) }
        guard tasks.count == 1, let task = tasks.first else {
            return .unknown("\(function)() does not run as exactly one task of its own in \(label)")
        }
        guard !run.blocking.contains(where: { $0.task == task.name }) else {
            return .unknown("\(task.name) holds the loop in a step, so its suspensions do not time the statement")
        }
        let own = run.suspensions.filter { $0.task == task.name }
        let inside = own.indices.filter { own[$0].line.map(block.contains) ?? false }
        guard let first = inside.first, let last = inside.last else {
            return .unknown("\(task.name) (\(function)) never waits inside lines \(block.lowerBound)-\(block.upperBound) in \(label)")
        }
        guard inside.count == last - first + 1 else {
            return .unknown("\(task.name) (\(function)) leaves lines \(block.lowerBound)-\(block.upperBound) and comes back in \(label)")
        }
        let from = own[first].start.seconds, to = own[last].end.seconds
        return .from(duration.matches(to - from),
                     "in \(label), \(task.name) (\(function)) is inside lines \(block.lowerBound)-\(block.upperBound) from \(formatSeconds(from)) to \(formatSeconds(to)), \(formatSeconds(to - from)); the sentence says \(duration.described)")
    }

    private func indentation(_ text: String) -> Int { text.prefix(while: { $0 == " " || $0 == "\t" }).count }

    /// The file lines of the statement at `start`: its body for a block, the one line for a balanced `await`.
    func blockLines(from start: Int, keyword: String) -> ClosedRange<Int>? {
        let lines = binder.facts.lines
        let first = lines[start]
        if keyword.hasPrefix("await") {
            let opened = first.text.filter { $0 == "(" }.count, closed = first.text.filter { $0 == ")" }.count
            return opened == closed ? first.number...first.number : nil
        }
        let level = indentation(first.text)
        var end = first.number
        for line in lines[(start + 1)...] {
            if line.text.trimmedWhitespace().isEmpty { continue }
            guard indentation(line.text) > level else { break }
            end = line.number
        }
        return end > first.number ? first.number...end : nil
    }

    /// The function whose body holds line `start`, when no loop stands between them.
    func enclosingFunction(of start: Int) -> String? {
        let lines = binder.facts.lines
        var level = indentation(lines[start].text)
        for line in lines[..<start].reversed() {
            let text = line.text.trimmedWhitespace()
            guard !text.isEmpty, indentation(line.text) < level else { continue }
            level = indentation(line.text)
            if ["for ", "while ", "async for "].contains(where: text.hasPrefix) { return nil }
            for prefix in ["async def ", "def "] where text.hasPrefix(prefix) {
                let name = text.dropFirst(prefix.count).prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
                return name.isEmpty ? nil : String(name)
            }
        }
        return nil
    }
}
