import Foundation

/// A claim about what one run printed or when its events happened, decided on that run's printed lines, calls
/// and tasks (see `RunFactQueries`). Texts are as the sentence wrote them; values compare without case.
public enum RunFact: Equatable, Sendable {
    /// The line labelled `label` (it starts with it), or the line printing the expression `label`, shows `value`:
    /// "`done?` prints False", "`t.cancelled()` is True".
    case value(of: String, value: String)
    /// The lines holding the word `word` show `values` (in that order when `ordered`): "the ready lines show 1.0,
    /// 2.0 and 3.0".
    case linesShow(word: String, values: [String], ordered: Bool)
    /// The first (or last) line of output shows `value`.
    case edgeLine(last: Bool, value: String)
    /// The one list the run prints starts with `item`; with `completionOrder`, its items are also in the order
    /// their calls finished.
    case listStarts(with: String, completionOrder: Bool)
    /// The run prints this list (or, when it prints the same items in another order, does not).
    case printedList(String)
    /// The one printed line naming `subject` and the event `verb` ("job 5 starts") comes out at the stated time.
    case eventAt(subject: String, verb: String?, StatedDuration)
    /// The line of one event ("`crit(2)` enters") comes out before the line of another ("`crit(1)` leaves").
    case eventBefore(subject: String, verb: String, otherSubject: String, otherVerb: String)
    /// Every line printed by the tasks of the function `first` comes before any printed by those of `second`.
    case allLinesBefore(first: String, second: String)
    /// The subject's runs take the stated time together, from the first start to the last end.
    case lastsTogether(Subject, StatedDuration)
    /// The text is printed `count` times (see `Count`): "`tick` is printed three times", "`done` appears once".
    case printedTimes(String, Count)
    /// The lines holding `noun` (singular or plural), of the subject's tasks when it names a function, number
    /// `count`: "the countdown stops after three counts", "all five counts print", "it prints three beats".
    case linesCounted(noun: String, subject: String?, Count)
    /// Each numbered subject's event line comes out at the stated time: "requests 3 and 4 start at 1 s".
    case eventsAt(subjects: [String], verb: String, StatedDuration)
    /// Never more than `count` runs of the subject are busy at once (inside the statement `block` when given):
    /// "at most two `fetch` calls are inside the `async with` block at once".
    case atMostAtOnce(Subject, block: String?, count: Int)
    /// The texts are printed in this order (first occurrences): "(`ping 0.1`, `ping 0.2`, `ping 0.3`)".
    case printedInOrder([String])
    /// Every one of the texts is printed before `other`, or before the line of the event `other` `otherVerb`:
    /// "we see `a`, `b` and `c` before `d`", "… before the deadline hits".
    case allPrintedBefore([String], other: String, otherVerb: String?)
    /// The lines holding either text alternate between them: "`ping` and `pong` alternate".
    case alternate(String, String)
    /// Within each task that prints both, the line holding `first` comes before the one holding `second`:
    /// "each worker prints its `cleaning up` line before its `closed` line".
    case eachTaskBefore(first: String, second: String)
    /// The text is printed before the one line holding the word `word`: "`x` shows up before the result line".
    case printedBeforeWordLine(String, word: String)
    /// Every one of the facts holds: "`a` is printed three times and `b` twice".
    case allOf([RunFact])
    /// Among the lines of the event `verb`, the subject's comes first: "`B` finishes first".
    case eventFirst(subject: String, verb: String)
    /// One occurrence of `first` (the one at `at`, else the `firstOrdinal`-th, else the first) comes before the
    /// `secondOrdinal`-th line holding `second` (0 for the last): "`a` is printed before the second `b`".
    case printedBeforeOccurrence(String, at: StatedDuration?, firstOrdinal: Int?, String, secondOrdinal: Int)
    /// The lines holding either text are mixed: neither text's lines all come before the other's.
    case interleaved(String, String)
    /// The tasks of the function `subject` names go on printing during each long wait of `other`: "the heartbeat
    /// keeps beating while `main` sleeps".
    case keepsGoingWhile(subject: String, other: Subject)

    /// How many times something is said to happen: exactly, or at least; `bounded` when the sentence limits it
    /// to part of the run ("… before the cancel"), so only too few occurrences in the whole run refute it.
    public struct Count: Equatable, Sendable {
        public var number: Int
        public var atLeast: Bool
        public var bounded: Bool

        public init(number: Int, atLeast: Bool = false, bounded: Bool = false) {
            self.number = number
            self.atLeast = atLeast
            self.bounded = bounded
        }
    }
}

/// How a run rule's match becomes a `RunFact`; strings name the pattern's groups.
public enum RunTemplate: Sendable {
    case value(of: String, value: String)
    case linesShow(word: String, values: String, ordered: String)
    case edgeLine(edge: String, value: String)
    case listStarts(with: String, order: String)
    case printedList(String)
    case eventAt(subject: String, verb: String, duration: String)
    case eventBefore(subject: String, verb: String, otherSubject: String, otherVerb: String)
    case allLinesBefore(first: String, second: String)
    case lastsTogether(subject: String, duration: String)
    /// `count` is a number ("three times", "once"); `qualifier` words such as "at least" or "in all"; `bound`
    /// a word that limits the count to part of the run.
    case printedTimes(text: String, count: String, qualifier: String, bound: String)
    case linesCounted(noun: String, subject: String, count: String, qualifier: String, bound: String)
    case eventsAt(noun: String, numbers: String, verb: String, duration: String)
    case atMostAtOnce(subject: String, block: String, count: String)
    case printedInOrder(list: String)
    case allPrintedBefore(list: String, other: String, otherVerb: String?)
    case alternate(String, String)
    case eachTaskBefore(first: String, second: String)
    case printedBeforeWordLine(String, word: String)
    case printedTimesPair(first: String, firstCount: String, second: String, secondCount: String, qualifier: String, bound: String)
    case eventFirst(subject: String, verb: String)
    /// `at` a duration group, the ordinals groups of words such as "second" or "last".
    case printedBeforeOccurrence(first: String, at: String, firstOrdinal: String, second: String, secondOrdinal: String)
    case interleaved(String, String)
    case keepsGoingWhile(subject: String, other: String)

    /// The fact a match states. `text` gives a group's words, or the literal of the mention it holds; `subject`
    /// and `duration` read a group as the other templates do; `literals` gives every mention's literal in a group.
    func fact(text: (String) -> String?, subject: (String) -> Subject?, duration: (String) -> StatedDuration?,
              literals: (String) -> [String] = { _ in [] }) -> RunFact? {
        if let counted = countFact(text: text, subject: subject, duration: duration, literals: literals) { return counted }
        switch self {
        case .value(let label, let value):
            guard let a = text(label), let v = text(value) else { return nil }
            return .value(of: a, value: v)
        case .linesShow(let word, let values, let ordered):
            guard let w = text(word), let list = text(values), !RunTemplate.notALineWord.contains(w),
                  !w.allSatisfy(\.isNumber) else { return nil }
            let items = list.replacingOccurrences(of: " and ", with: ", ").split(separator: ",")
                .map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
            guard items.count >= 2 else { return nil }
            return .linesShow(word: w, values: items, ordered: text(ordered).map { !$0.isEmpty } ?? false)
        case .edgeLine(let edge, let value):
            guard let e = text(edge), let v = text(value) else { return nil }
            return .edgeLine(last: e != "first", value: v)
        case .listStarts(let item, let order):
            guard let v = text(item) else { return nil }
            return .listStarts(with: v, completionOrder: text(order).map { !$0.isEmpty } ?? false)
        case .printedList(let group):
            return text(group).map { .printedList($0) }
        case .eventAt(let subjectGroup, let verb, let durationGroup):
            guard let s = text(subjectGroup), let d = duration(durationGroup) else { return nil }
            let words = s.split(separator: " ").filter { !["the", "a", "an"].contains($0) }.joined(separator: " ")
            guard !words.isEmpty, !RunTemplate.pronouns.contains(words) else { return nil }
            return .eventAt(subject: words, verb: text(verb).flatMap { $0.isEmpty ? nil : $0 }, d)
        case .eventBefore(let a, let va, let b, let vb):
            guard let x = text(a), let vx = text(va), let y = text(b), let vy = text(vb) else { return nil }
            return .eventBefore(subject: x, verb: vx, otherSubject: y, otherVerb: vy)
        case .allLinesBefore(let first, let second):
            guard let a = text(first), let b = text(second) else { return nil }
            return .allLinesBefore(first: a, second: b)
        case .lastsTogether(let subjectGroup, let durationGroup):
            guard let s = subject(subjectGroup), let d = duration(durationGroup) else { return nil }
            return .lastsTogether(s, d)
        default:
            return nil
        }
    }

    /// Words before "lines" that say which lines by position or number, not by a word they hold.
    static let notALineWord: Set<String> = [
        "first", "last", "next", "other", "remaining", "following", "output", "printed", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "final", "middle", "previous", "later", "earlier", "both", "all",
    ]

    /// Subjects that name no event of their own.
    static let pronouns: Set<String> = ["it", "this", "that", "which", "everything", "program", "code", "run", "script",
                                        "loop", "snippet", "example", "output", "one", "each", "they", "all", "only",
                                        "also", "still", "then", "now", "just", "first", "never", "always", "and", "so",
                                        "but", "who", "what", "someone", "nothing", "task", "coroutine", "call", "is", "are",
                                        "was", "were", "he", "she", "we", "you", "there", "here"]
}
