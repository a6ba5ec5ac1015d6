/// An edit of a snippet beyond moving or removing an `await`: replacing code or a number, inserting or moving a
/// statement, removing a whole block. Its subjects are still the sentence's mentions; the verifier writes them
/// out as code (`CodeRewrite`) and the snippet editor applies them.
public enum Rewrite: Equatable, Sendable {
    /// Replace the code `old` names by the code `new` names ("replacing `A` with `B`", "`B` instead of `A`").
    case replace(old: Subject, new: Subject)
    /// Replace the one numeric literal worth `old` by `new` ("with five workers instead of three"); with
    /// `sleepArgument` (a time: "2 seconds instead of 1") the literal is a `sleep` call's argument, without it
    /// (a count) the argument of `range(`, of a primitive's or of a queue's constructor.
    case replaceNumber(old: Double, new: Double, sleepArgument: Bool)
    /// Give the one `range(<number>)` of the snippet another count ("with five workers").
    case setCount(Double)
    /// Give the one `sleep(<number>)` call of the snippet another delay ("if the sleep were 3 seconds").
    case setSleep(seconds: Double)
    /// Insert the statement `statement` names before or after the statement `anchor` names.
    case insert(statement: Subject, anchor: Subject, placement: Placement)
    /// Insert the statement into the body of the function `function` names.
    case insertInFunction(statement: Subject, function: Subject, place: FunctionPlace)
    /// Move the statement `statement` names before or after the statement `anchor` names.
    case move(statement: Subject, anchor: Subject, after: Bool)
    /// Remove a compound statement with its whole body ("removing the `for t in tasks` loop").
    case removeBlock(Subject)
    /// Move the statement awaiting `moved` to just after the one awaiting `anchor` ("awaiting `b` after `a`").
    case moveAwaitAfter(moved: Subject, anchor: Subject)
    /// Take away the one synchronisation primitive of a kind: its `async with` lines go, their bodies stay
    /// ("without the semaphore").
    case removePrimitive(PrimitiveKind)
    /// Give the one primitive of a kind another size ("if the semaphore had 9 slots").
    case resizePrimitive(PrimitiveKind, Double)
    /// Give the one call of the snippet to the same function the arguments the subject's call has ("with
    /// `Semaphore(5)`", "had we used `with_retries(4, 4)`"). With `sameMeansSnippet`, a call the snippet already
    /// makes leaves the snippet as it is: the sentence is then about the snippet itself.
    case substituteCall(Subject, sameMeansSnippet: Bool)
    /// Give the value a sentence names ("raising the timeout to 6", "if `per_try` were 2") the number: the one
    /// numeric literal bound to a name among `names` (a keyword argument, an assignment), else, for a limit,
    /// the one semaphore's size.
    case setNamedValue(names: [String], value: Double)
}

/// A synchronisation primitive prose names by its kind.
public enum PrimitiveKind: String, Equatable, Sendable {
    case semaphore
    case lock
    /// `asyncio.timeout()` / `timeout_at()` blocks and `wait_for` calls.
    case timeout

    /// The asyncio classes of the kind.
    var classes: [String] {
        switch self {
        case .semaphore: return ["Semaphore", "BoundedSemaphore"]
        case .lock: return ["Lock"]
        case .timeout: return []
        }
    }
}

/// Where an inserted statement goes relative to its anchor.
public enum Placement: Equatable, Sendable {
    case before
    case after
    /// After the statement that assigns the variable the anchor names ("right after creating `t1`").
    case afterCreation
}

/// Where in a function's body an inserted statement goes.
public enum FunctionPlace: Equatable, Sendable {
    /// The body's first statement ("at the start of `f()`").
    case top
    /// Before the body's first `print` ("before its first print").
    case beforeFirstPrint
    /// Before the body's only `print` ("before printing"); none or several make the place ambiguous.
    case beforeOnlyPrint
}

/// What a counterfactual's consequence says about the variant run as a whole.
public enum VariantOutcome: Equatable, Sendable {
    /// The variant prints the same lines (`.output`), takes the same virtual time (`.timing`), or both (`.all`)
    /// as the snippet's own run.
    case unchanged(RunAspect)
    /// The run never finishes: the loop waits forever (a deadlock) or a budget runs out.
    case hangs
    /// The run ends with an uncaught exception of the type the subject names.
    case raises(Subject)
    /// The variant's total virtual time is the snippet's less (`shorter`) or more by the stated duration
    /// ("would save 0.5 s", "2 seconds slower").
    case timeChanged(by: StatedDuration, shorter: Bool)
}

/// Which part of a run "the same" is about: everything, the printed lines, or the virtual time.
public enum RunAspect: Equatable, Sendable {
    case all
    case output
    case timing
}

extension ClaimRule {
    /// How a rule's match becomes a `Rewrite`; strings name the pattern's groups.
    public enum RewriteTemplate: Sendable {
        case replace(old: String, new: String)
        /// Groups holding a number (digits, a number word) or a duration.
        case replaceNumber(old: String, new: String)
        case setSleep(duration: String)
        case setCount(count: String)
        case insert(statement: String, anchor: String, placement: Placement)
        case insertInFunction(statement: String, function: String, place: FunctionPlace)
        case move(statement: String, anchor: String, after: Bool)
        case removeBlock(String)
        case moveAwaitAfter(moved: String, anchor: String)
        /// Groups naming the kind ("semaphore", "lock") and, for a resize, the number.
        case removePrimitive(kind: String)
        case resizePrimitive(kind: String, size: String)
        /// A group holding a call with other arguments than the snippet's.
        case substituteCall(call: String, sameMeansSnippet: Bool)
        /// A group naming the value (words or a code span) and one holding the number or duration.
        case setNamedValue(name: String, value: String)

        /// The rewrite with the groups read: `subject` gives a group's subject, `text` its text, `duration` the
        /// duration it holds.
        func rewrite(subject: (String) -> Subject?, text: (String) -> String?, duration: (String) -> StatedDuration?) -> Rewrite? {
            switch self {
            case .replace(let old, let new):
                guard let a = subject(old), let b = subject(new), a != b else { return nil }
                return .replace(old: a, new: b)
            case .replaceNumber(let old, let new):
                let oldDuration = duration(old)
                let newDuration = duration(new)
                let oldNumber = text(old).flatMap(Self.number)
                let newNumber = text(new).flatMap(Self.number)
                // A bare number beside a duration shares its unit: only whole seconds say which literal it is.
                for stated in [oldDuration, newDuration].compactMap({ $0 }) where (oldNumber ?? newNumber) != nil {
                    guard stated.halfLastDigit == 0.5 else { return nil }
                }
                guard let a = oldDuration?.seconds ?? oldNumber, let b = newDuration?.seconds ?? newNumber, a != b else { return nil }
                return .replaceNumber(old: a, new: b, sleepArgument: oldDuration != nil || newDuration != nil)
            case .setSleep(let group):
                return duration(group).map { .setSleep(seconds: $0.seconds) }
            case .setCount(let group):
                guard let count = text(group).flatMap(Self.number), count == count.rounded(), count >= 0 else { return nil }
                return .setCount(count)
            case .insert(let statement, let anchor, let placement):
                guard let a = subject(statement), let b = subject(anchor) else { return nil }
                return .insert(statement: a, anchor: b, placement: placement)
            case .insertInFunction(let statement, let function, let place):
                guard let a = subject(statement), let b = subject(function) else { return nil }
                return .insertInFunction(statement: a, function: b, place: place)
            case .move(let statement, let anchor, let after):
                guard let a = subject(statement), let b = subject(anchor) else { return nil }
                return .move(statement: a, anchor: b, after: after)
            case .removeBlock(let group):
                return subject(group).map { .removeBlock($0) }
            case .moveAwaitAfter(let moved, let anchor):
                guard let a = subject(moved), let b = subject(anchor), a != b else { return nil }
                return .moveAwaitAfter(moved: a, anchor: b)
            case .removePrimitive(let kind):
                return text(kind).flatMap(Self.primitive).map { .removePrimitive($0) }
            case .resizePrimitive(let kind, let size):
                guard let primitive = text(kind).flatMap(Self.primitive), let value = text(size).flatMap(Self.number) else { return nil }
                return .resizePrimitive(primitive, value)
            case .substituteCall(let call, let sameMeansSnippet):
                return subject(call).map { .substituteCall($0, sameMeansSnippet: sameMeansSnippet) }
            case .setNamedValue(let name, let valueGroup):
                guard let names = text(name).map(Self.identifiers), !names.isEmpty,
                      let value = duration(valueGroup)?.seconds ?? text(valueGroup).flatMap(Self.number) else { return nil }
                return .setNamedValue(names: names, value: value)
            }
        }

        /// The identifiers a phrase may name: "per-try timeout" → `per_try_timeout`; a code span's own name.
        static func identifiers(_ phrase: String) -> [String] {
            var words = phrase.trimmingSpaces()
            if words.hasPrefix("{c"), let equals = words.firstIndex(of: "="), words.hasSuffix("}") {
                words = String(words[words.index(after: equals)..<words.index(before: words.endIndex)])
            }
            let name = words.split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "_")
            guard let first = name.first, first.isLetter || first == "_",
                  name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return [] }
            return name.hasSuffix("s") && name.count > 3 ? [name, String(name.dropLast())] : [name]
        }

        /// "semaphore", "bounded semaphore", "lock", "timeout", "deadline".
        static func primitive(_ text: String) -> PrimitiveKind? {
            if text.hasSuffix("semaphore") { return .semaphore }
            if text.hasSuffix("lock") { return .lock }
            return text.hasSuffix("timeout") || text.hasSuffix("deadline") ? .timeout : nil
        }

        /// "3", "2.5", "three".
        static func number(_ text: String) -> Double? {
            let word = text.trimmingSpaces()
            if let value = Double(word) { return value }
            return numberWords.firstIndex(of: word).map(Double.init)
        }

        static let numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                  "eleven", "twelve"]
    }

    /// How a rule's match becomes a `VariantOutcome`.
    public enum OutcomeTemplate: Sendable {
        case unchanged(RunAspect)
        case hangs
        case raises(String)
        /// The group holding the duration, and whether the change is a saving.
        case timeChanged(duration: String, shorter: Bool)
    }
}
