import Foundation

/// Binds a claim's subjects to what a run can answer for: printed text, calls of the snippet's coroutines,
/// tasks, or the run as a whole. Binding never guesses: a subject it cannot place makes the claim unverifiable.
struct Binder {
    let mentions: [Mention]
    let facts: SnippetFacts
    let run: RunRecord
    /// The snippet's place among the file's python snippets (1 for the first), when known: "the second example"
    /// names the run only when it is the second snippet.
    var snippetOrdinal: Int? = nil

    enum Entity: Equatable {
        case run
        /// Lines of output holding this text.
        case printed(String)
        /// Calls of one of the snippet's functions, narrowed to the call sites the claim names.
        case calls(function: String, sites: [SnippetFacts.CallSite])
        /// A task of the run.
        case task(TaskSpan)
        /// A function or class of a library (`asyncio.gather`, `time.sleep`), not of the snippet.
        case library(String)
    }

    /// Words that may stand in a subject phrase meaning the run as a whole ("so the whole program", "this one").
    private static let wholeRunWords: Set<String> = [
        "it", "this", "that", "program", "script", "code", "run", "whole", "thing", "everything", "all", "overall",
        "example", "version", "demo", "snippet", "above", "total", "one", "main", "so", "and", "then", "but",
        "now", "the", "still", "which", "entire", "execution", "here", "again", "runtime", "in", "of", "our",
        "my", "finally", "thus", "hence", "therefore", "also", "just", "only", "both", "two", "three", "calls",
        "tasks", "coroutines", "operations", "they", "these", "them", "we", "will", "would", "effectively", "really", "actually",
        "is", "are", "allows", "lets", "to", "can", "functions", "fix", "fixed", "new", "same", "with",
        "together", "pipeline", "batch", "app", "application", "service", "notebook", "cell", "session", "process", "lot", "file",
        "til", "nb", "why",
    ]

    /// Nouns that name a snippet, so an ordinal before them ("the third example") says which snippet.
    private static let snippetNouns: Set<String> = ["example", "snippet", "version", "listing", "program", "script", "demo"]
    private static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5]

    /// What a subject stands for when the claim is about time (lifetimes, durations, overlap).
    func activity(_ subject: Subject) -> Entity? {
        switch subject {
        case .run:
            return .run
        case .phrase(let phrase):
            return phraseEntity(phrase)
        case .mention(let index):
            guard let literal = literal(index) else { return nil }
            return codeEntity(literal) ?? (run.lines.contains { $0.text.contains(literal) } ? .printed(literal) : nil)
        }
    }

    /// What a subject stands for when the claim is about output.
    func printed(_ subject: Subject) -> String? {
        guard case .mention(let index) = subject, let literal = literal(index) else { return nil }
        return literal
    }

    /// The subject phrase names what its nouns name (see `NounBinding`), the task when it says "task" and the
    /// snippet has one variable `task`, and the run when all its words are generic or it is "the X as a whole".
    private func phraseEntity(_ phrase: String) -> Entity? {
        let words = phrase.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "'" }).map(String.init)
        let nouns = NounBinding(facts: facts, run: run)
        switch nouns.entity(words: words) {
        case .bound(let entity):
            return countAgrees(words, entity) ? entity : nil
        case .ambiguous:
            return nil
        case .none:
            break
        }
        if words.contains("task"), let variable = facts.taskVariables["task"], let span = task(created: variable.line) {
            return .task(span)
        }
        if phrase.hasSuffix("as a whole"), words.count <= 5 { return .run }
        guard let words = withoutSnippetOrdinal(words) else { return nil }
        let namesAPart = words.contains { ($0.count == 1 && $0 != "a") || $0.allSatisfy(\.isNumber) }
        return !namesAPart && words.allSatisfy({ Self.wholeRunWords.contains($0) || $0.count <= 2 }) ? .run : nil
    }

    /// The words without the ordinal of "the second example" or "this last version" when it names this snippet;
    /// `nil` when an ordinal names another snippet or is not about a snippet at all ("the first task").
    private func withoutSnippetOrdinal(_ words: [String]) -> [String]? {
        let ordinal = words.filter { Self.ordinals[$0] != nil || $0 == "last" || $0 == "latest" }
        guard !ordinal.isEmpty else { return words }
        guard ordinal.count == 1, let word = ordinal.first, words.contains(where: { Self.snippetNouns.contains($0) }) else { return nil }
        if let position = Self.ordinals[word] {
            guard position == snippetOrdinal else { return nil }
        } else if !words.contains("this") {
            return nil
        }
        return words.filter { $0 != word }
    }

    /// "the producer and the consumer": each part on its own, when every part names a different part of the
    /// snippet; otherwise the subject as it is.
    func conjuncts(_ subject: Subject) -> [Subject] {
        guard case .phrase(let phrase) = subject, phrase.contains(" and ") else { return [subject] }
        let parts = phrase.replacingOccurrences(of: ", ", with: " and ").components(separatedBy: " and ")
            .map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
        let entities = parts.map { phraseEntity($0) }
        guard parts.count >= 2, entities.allSatisfy({ $0 != nil && $0 != .run }),
              entities.indices.allSatisfy({ i in !entities[(i + 1)...].contains(entities[i]) }) else { return [subject] }
        return parts.map { .phrase($0) }
    }

    /// "the three jobs" names three runs: a phrase that counts its subject must count what it binds to.
    private func countAgrees(_ words: [String], _ entity: Entity) -> Bool {
        guard let (stated, _) = NounBinding.countedNoun(words) else { return true }
        switch entity {
        case .calls: return spans(of: entity).count == stated
        case .task: return stated == 1
        default: return true
        }
    }

    private func literal(_ index: Int) -> String? {
        guard index >= 0, index < mentions.count else { return nil }
        switch mentions[index].kind {
        case .code(let text), .quoted(let text): return text
        case .duration: return nil
        }
    }

    /// A code literal as the snippet knows it: `worker("w2", 2)`, `worker()`, `main`, `task1`, `await task`.
    private func codeEntity(_ literal: String) -> Entity? {
        var text = literal.trimmedWhitespace()
        if text.hasPrefix("await ") { text = String(text.dropFirst(6)).trimmedWhitespace() }
        let name = String(text.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }))
        let rest = text.dropFirst(name.count).trimmedWhitespace()
        guard !name.isEmpty, rest.isEmpty || rest.hasPrefix("(") else { return nil }
        if let variable = facts.taskVariables[name], rest.isEmpty, let span = task(created: variable.line) {
            return .task(span)
        }
        let bare = name.split(separator: ".").last.map(String.init) ?? name
        if facts.definedFunctions.contains(bare), !name.contains(".") {
            var sites = facts.callSites.filter { $0.function == bare }
            if rest.hasPrefix("("), rest.count > 2 {
                let arguments = normalizedArguments(String(rest.dropFirst().dropLast()))
                sites = sites.filter { normalizedArguments($0.arguments) == arguments }
            }
            return .calls(function: bare, sites: sites)
        }
        if name.contains(".") || ["gather", "create_task", "sleep", "wait_for", "wait", "run", "shield", "ensure_future"].contains(bare) {
            return .library(name)
        }
        return nil
    }

    private func normalizedArguments(_ text: String) -> String {
        String(text.filter { $0 != " " }).replacingQuotes()
    }

    private func task(created line: Int) -> TaskSpan? {
        let matching = run.tasks.filter { $0.creationLine == line }
        return matching.count == 1 ? matching.first : nil
    }

    /// One run of an entity (a call, a task): its lifetime, and the stretches in it where it was busy —
    /// waiting on a timer or outside work, or holding the loop — rather than waiting for other tasks.
    struct Activity {
        let label: String
        let start: Moment
        let end: Moment
        let busy: [(start: Moment, end: Moment)]
    }

    /// The runs of an entity: calls from first step to return, a task from first step to its end.
    func spans(of entity: Entity) -> [Activity] {
        switch entity {
        case .calls(let function, let sites):
            return run.calls.filter { call in
                Self.sameFunction(call.function, function) && (sites.isEmpty || sites.contains { site in
                    site.line == call.line && (call.column == 0 || site.column == call.column)
                })
            }.compactMap { call in
                call.end.map { activity(label: "\(call.function)() from line \(call.line)", task: call.task, start: call.start, end: $0) }
            }
        case .task(let span):
            guard let start = span.firstStep, let end = span.finished else { return [] }
            return [activity(label: "\(span.name) (\(span.coroutine))", task: span.name, start: start, end: end)]
        case .run, .printed, .library:
            return []
        }
    }

    /// A call's `__qualname__` names the function a claim names: `main.<locals>.crit` is `crit`.
    static func sameFunction(_ qualifiedName: String, _ name: String) -> Bool {
        qualifiedName == name || qualifiedName.hasSuffix("." + name) && !name.contains(".")
    }

    private func activity(label: String, task: String?, start: Moment, end: Moment) -> Activity {
        let inside = { (a: Moment, b: Moment) in start <= a && b <= end }
        let waits = run.waits.filter { !$0.synchronizing && $0.task == task && inside($0.start, $0.end) }.map { (start: $0.start, end: $0.end) }
        let blocked = run.blocking.filter { $0.task == task && inside($0.start, $0.end) }.map { (start: $0.start, end: $0.end) }
        let busy = waits + blocked
        return Activity(label: label, start: start, end: end, busy: busy.isEmpty ? [(start, end)] : busy)
    }
}

extension String {
    /// Single quotes as double quotes, so `f('a')` and `f("a")` compare equal.
    func replacingQuotes() -> String {
        String(map { $0 == "'" ? "\"" : $0 })
    }
}
