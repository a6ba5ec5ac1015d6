/// Binds the nouns of a plain subject phrase ("the dishes", "the three jobs", "the producer") to what the
/// snippet defines, by general evidence in order of strength: a function's name ("the workers" → `worker`), a
/// variable bound to calls of one function (`jobs = [create_task(worker(i)) ...]`), the first parameter of one
/// function (`cook(dish, …)` → "the dishes"), a task's name. Two nouns naming different things, or one noun
/// naming several, is ambiguous: the claim stays unverifiable rather than guess.
struct NounBinding {
    let facts: SnippetFacts
    let run: RunRecord

    enum Result: Equatable {
        case bound(Binder.Entity)
        case ambiguous
        case none
    }

    /// Words that never name a part of a snippet, whatever it defines.
    private static let generic: Set<String> = [
        "the", "a", "an", "all", "both", "each", "every", "of", "and", "or", "its", "their", "our", "my", "this", "that",
        "these", "those", "main", "run", "program", "code", "loop", "event", "whole", "as", "in", "it", "they", "them",
        "task", "tasks", "coroutine", "coroutines", "function", "functions", "call", "calls", "operation", "operations",
        "thing", "things", "one", "ones", "first", "second", "last", "other", "then", "so", "now", "still", "also",
    ]

    func entity(words: [String]) -> Result {
        var found: [Binder.Entity] = []
        for word in words where !Self.generic.contains(word) && !word.allSatisfy(\.isNumber) && Self.count(of: word) == nil {
            switch entity(noun: word) {
            case .bound(let entity): if !found.contains(entity) { found.append(entity) }
            case .ambiguous: return .ambiguous
            case .none: break
            }
        }
        guard let only = found.first else { return counted(words) }
        return found.count == 1 ? .bound(only) : .ambiguous
    }

    /// "seven jobs", where nothing else names the jobs: the one function the run calls exactly seven times. A
    /// generic noun ("five calls", "three tasks") binds only when every call of the run but `main` is of that
    /// function.
    private func counted(_ words: [String]) -> Result {
        guard let (count, noun) = Self.countedNoun(words), !Self.operations.contains(noun) else { return .none }
        var calls: [String: Int] = [:]
        for call in run.calls where call.end != nil && call.function != "main" { calls[call.function, default: 0] += 1 }
        if Self.generic.contains(noun) {
            guard calls.count == 1, let only = calls.first, only.value == count else { return .none }
            return .bound(self.calls(only.key))
        }
        let matching = calls.filter { $0.value == count }.map(\.key)
        guard matching.count == 1, let function = matching.first else { return matching.isEmpty ? .none : .ambiguous }
        return .bound(self.calls(function))
    }

    /// Operations inside a coroutine and the objects it uses: "the two sleeps" may be two steps of one call, so a
    /// count of them says nothing about how often a function ran.
    private static let operations: Set<String> = [
        "sleeps", "waits", "awaits", "steps", "locks", "events", "queues", "timers", "loops", "threads", "futures",
        "semaphores", "lines", "prints", "messages", "items", "results", "values", "seconds", "times",
    ]

    /// A number of two or more and the plural noun it counts, at most two words on: "five one-second calls".
    static func countedNoun(_ words: [String]) -> (Int, String)? {
        for (index, word) in words.enumerated() {
            guard let count = count(of: word), count >= 2 else { continue }
            let following = words.dropFirst(index + 1).prefix(3)
            if let noun = following.first(where: { $0.hasSuffix("s") && !$0.hasSuffix("ss") && $0.count > 2 }) { return (count, noun) }
        }
        return nil
    }

    private func entity(noun: String) -> Result {
        let forms = Self.singulars(of: noun)
        for form in forms where facts.definedFunctions.contains(form) && form != "main" {
            return .bound(calls(form))
        }
        for form in forms {
            guard let functions = facts.assignedCalls[form] else { continue }
            let named = functions.subtracting(["main"])
            guard named.count == 1, let function = named.first else { return .ambiguous }
            return .bound(calls(function))
        }
        let byParameter = facts.firstParameters.filter { forms.contains($0.value) && $0.key != "main" }.map(\.key)
        if byParameter.count > 1 { return .ambiguous }
        if let function = byParameter.first { return .bound(calls(function)) }
        let byLiteral = Set(facts.callSites.filter { site in
            Self.literalWords(in: site.arguments).contains { forms.contains($0) }
        }.map(\.function)).subtracting(["main"])
        if byLiteral.count > 1 { return .ambiguous }
        if let function = byLiteral.first { return .bound(calls(function)) }
        let tasks = run.tasks.filter { forms.contains($0.name.lowercased()) }
        if tasks.count > 1 { return .ambiguous }
        if let task = tasks.first { return .bound(.task(task)) }
        return .none
    }

    private func calls(_ function: String) -> Binder.Entity {
        .calls(function: function, sites: facts.callSites.filter { $0.function == function })
    }

    /// The lower-cased words inside the string literals of a call's arguments: `log(f"job {i}")` gives job, i.
    static func literalWords(in arguments: String) -> [String] {
        var words: [String] = []
        var quote: Character?
        var current = ""
        for character in arguments {
            if let open = quote {
                if character == open {
                    quote = nil
                    words += current.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init)
                    current = ""
                } else {
                    current.append(character)
                }
            } else if character == "\"" || character == "'" {
                quote = character
            }
        }
        return words
    }

    /// The noun and the singulars English spelling allows: "dishes" → dishes, dishe, dish; "replies" → reply.
    /// Short words keep their "s" ("is", "was", "its" are not plurals).
    static func singulars(of noun: String) -> [String] {
        var forms = [noun]
        if noun.hasSuffix("ies") { forms.append(String(noun.dropLast(3)) + "y") }
        if noun.hasSuffix("es") { forms.append(String(noun.dropLast(2))) }
        if noun.hasSuffix("s"), !noun.hasSuffix("ss"), noun.count > 3 { forms.append(String(noun.dropLast())) }
        return forms
    }

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "twelve": 12, "twenty": 20,
    ]

    /// The number a counting word states ("three", "7"), if it is one.
    static func count(of word: String) -> Int? {
        numberWords[word] ?? (word.allSatisfy(\.isNumber) ? Int(word) : nil)
    }
}
