/// How the templates of counts, limits, orders of several lines and numbered subjects become `RunFact`s.
extension RunTemplate {
    /// The fact of one of the templates this file reads, or nil for the others.
    func countFact(text: (String) -> String?, subject: (String) -> Subject?, duration: (String) -> StatedDuration?,
                   literals: (String) -> [String]) -> RunFact? {
        switch self {
        case .printedTimes(let textGroup, let countGroup, let qualifier, let bound):
            guard let printed = text(textGroup), let count = Self.count(text(countGroup), text(qualifier), text(bound)) else { return nil }
            return .printedTimes(printed, count)
        case .linesCounted(let nounGroup, let subjectGroup, let countGroup, let qualifier, let bound):
            guard let noun = text(nounGroup), !Self.notCountedLines.contains(noun),
                  let count = Self.count(text(countGroup), text(qualifier), text(bound)) else { return nil }
            let words = text(subjectGroup).map(Self.withoutArticles)
            return .linesCounted(noun: noun, subject: words.flatMap { $0.isEmpty ? nil : $0 }, count)
        case .eventsAt(let nounGroup, let numbersGroup, let verbGroup, let durationGroup):
            guard let noun = text(nounGroup), let numbers = text(numbersGroup), let verb = text(verbGroup),
                  let d = duration(durationGroup) else { return nil }
            let items = numbers.replacingOccurrences(of: " and ", with: ",").split(separator: ",")
                .map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
            guard items.count >= 2, items.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
            return .eventsAt(subjects: items.map { "\(noun) \($0)" }, verb: verb, d)
        case .atMostAtOnce(let subjectGroup, let blockGroup, let countGroup):
            guard let who = subject(subjectGroup), let n = text(countGroup).flatMap(Self.number), n >= 1 else { return nil }
            let block = literals(blockGroup).first
            return .atMostAtOnce(who, block: block, count: n)
        case .printedInOrder(let list):
            let items = literals(list)
            return items.count >= 2 ? .printedInOrder(items) : nil
        case .allPrintedBefore(let list, let other, let otherVerb):
            let items = literals(list)
            guard items.count >= 2 else { return nil }
            if let verb = otherVerb {
                guard let event = text(other), let v = text(verb), !RunTemplate.pronouns.contains(event) else { return nil }
                return .allPrintedBefore(items, other: event, otherVerb: v)
            }
            guard let last = literals(other).first else { return nil }
            return .allPrintedBefore(items, other: last, otherVerb: nil)
        case .alternate(let a, let b):
            guard let x = text(a), let y = text(b), x != y else { return nil }
            return .alternate(x, y)
        case .eachTaskBefore(let first, let second):
            guard let x = text(first), let y = text(second), x != y else { return nil }
            return .eachTaskBefore(first: x, second: y)
        case .printedTimesPair(let first, let firstCount, let second, let secondCount, let qualifier, let bound):
            guard let a = text(first), let b = literals(second).first, a != b,
                  let m = Self.count(text(firstCount), text(qualifier), text(bound)),
                  let n = Self.count(text(secondCount), text(qualifier), text(bound)) else { return nil }
            return .allOf([.printedTimes(a, m), .printedTimes(b, n)])
        case .eventFirst(let subjectGroup, let verbGroup):
            guard let s = text(subjectGroup).map(Self.withoutArticles), !s.isEmpty, !RunTemplate.pronouns.contains(s),
                  let v = text(verbGroup) else { return nil }
            return .eventFirst(subject: s, verb: v)
        case .printedBeforeOccurrence(let first, let at, let firstOrdinal, let second, let secondOrdinal):
            guard let a = text(first), let b = literals(second).first, let n = text(secondOrdinal).flatMap(Self.ordinal) else { return nil }
            let m = text(firstOrdinal).flatMap { $0.isEmpty ? nil : Self.ordinal($0) }
            return .printedBeforeOccurrence(a, at: duration(at), firstOrdinal: m, b, secondOrdinal: n)
        case .interleaved(let a, let b):
            guard let x = text(a), let y = text(b), x != y else { return nil }
            return .interleaved(x, y)
        case .keepsGoingWhile(let subjectGroup, let otherGroup):
            guard let s = text(subjectGroup).map(Self.withoutArticles), !s.isEmpty, !RunTemplate.pronouns.contains(s),
                  let o = subject(otherGroup) else { return nil }
            if case .phrase(let words) = o, RunTemplate.pronouns.contains(Self.withoutArticles(words)) { return nil }
            return .keepsGoingWhile(subject: s, other: o)
        case .printedBeforeWordLine(let a, let word):
            guard let x = text(a), let w = text(word), !RunTemplate.notALineWord.contains(w) else { return nil }
            return .printedBeforeWordLine(x, word: w)
        default:
            return nil
        }
    }

    /// "once", "twice", "three times", "4 times", "five": the number stated.
    static func number(_ words: String) -> Int? {
        let first = words.split(separator: " ").first.map(String.init) ?? words
        switch first {
        case "once": return 1
        case "twice": return 2
        case "thrice": return 3
        default: return NounBinding.count(of: first)
        }
    }

    /// "first" 1, "second" 2 …, "last" and "final" 0.
    static func ordinal(_ word: String) -> Int? {
        ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "last": 0, "final": 0][word.trimmedWhitespace()]
    }

    private static func count(_ number: String?, _ qualifier: String?, _ bound: String?) -> RunFact.Count? {
        guard let n = number.flatMap(Self.number) else { return nil }
        return RunFact.Count(number: n, atLeast: (qualifier ?? "").contains("at least"), bounded: !(bound ?? "").isEmpty)
    }

    static func withoutArticles(_ phrase: String) -> String {
        phrase.split(separator: " ").filter { !["the", "a", "an", "our", "this", "that", "each"].contains($0) }.joined(separator: " ")
    }

    /// Plural nouns that count something other than printed lines of that word.
    static let notCountedLines: Set<String> = [
        "seconds", "secs", "ms", "milliseconds", "minutes", "times", "lines", "tasks", "coroutines", "steps",
        "iterations", "rounds", "loops", "calls", "messages", "items", "values", "results", "things", "ones",
    ]
}
