/// A `Rewrite` with its subjects written out as code: what the snippet editor applies.
///
/// Every rewrite names exactly one place in the code; when the place is missing or ambiguous (a literal that
/// appears twice, two `sleep` calls, two loops) the editor returns `nil` and the claim is unverifiable.
public enum CodeRewrite: Equatable, Sendable {
    /// Replace the one occurrence of `old` (quote style aside) by `new`.
    case replaceText(old: String, new: String)
    /// Replace the one numeric literal worth `old` by `new`: a `sleep` call's argument for a time
    /// (`sleepArgument`; when no `sleep` has it, a call argument that counts nothing, as in `brew("tea", 3)`),
    /// else a count (`range(N)`, `Semaphore(N)`, `Queue(N)`, `Barrier(N)`).
    case replaceNumber(old: Double, new: Double, sleepArgument: Bool)
    /// Give the one `sleep(<number>)` call (other than `sleep(0)`) the delay `seconds`.
    case setSleep(seconds: Double)
    /// Give the one `range(<number>)` the count `count`.
    case setCount(Double)
    /// Insert `statement` before or after the anchor's statement, at its indentation.
    case insert(statement: String, anchor: StatementAnchor, after: Bool)
    /// Insert `statement` into the body of the function named `function`.
    case insertInFunction(statement: String, function: String, place: FunctionPlace)
    /// Move the one statement holding `statement` before or after the anchor's statement (after a compound
    /// statement means after its whole block).
    case move(statement: String, anchor: StatementAnchor, after: Bool)
    /// Remove the compound statement whose header holds `header` (or `header: body`), with its whole block.
    case removeBlock(header: String)
    /// Remove the `async with` lines of the one variable bound to an instance of `classes` (bodies kept).
    case removePrimitive(classes: [String])
    /// Set the numeric argument of the one `asyncio.<class>(N)` call of `classes`.
    case resizePrimitive(classes: [String], size: Double)
    /// Give the one call to the function `call` names the arguments `call` has: the call must differ from it
    /// only in literal arguments. With `sameMeansSnippet`, a call the code already makes as written leaves it
    /// unchanged; without it, that gives `nil`.
    case substituteCall(call: String, sameMeansSnippet: Bool)
    /// Give the one numeric literal bound to one of `names` (a keyword argument `name=N`, an assignment
    /// `name = N`; names compared without case) the value; failing that, when a name says "limit", "size" or
    /// the like, the size of the one semaphore.
    case setNamedValue(names: [String], value: Double)
    /// Take away the one timeout: an `async with asyncio.timeout(…)` line (its body kept) or a `wait_for`
    /// call (what it waits for awaited directly).
    case removeTimeout

    /// How evidence names the variant: "`fetch("b", 2)` replaced by `fetch("b", 3)`".
    public var described: String {
        switch self {
        case .replaceText(let old, let new): return "`\(old)` replaced by `\(new)`"
        case .replaceNumber(let old, let new, _): return "the literal \(formatNumber(old)) replaced by \(formatNumber(new))"
        case .setSleep(let seconds): return "the sleep set to \(formatSeconds(seconds))"
        case .setCount(let count): return "`range(\(formatNumber(count)))`"
        case .insert(let statement, let anchor, let after):
            return "`\(statement)` inserted \(after ? "after" : "before") \(anchor.described)"
        case .insertInFunction(let statement, let function, let place):
            switch place {
            case .top: return "`\(statement)` inserted at the start of `\(function)()`"
            case .beforeFirstPrint: return "`\(statement)` inserted before the first print of `\(function)()`"
            case .beforeOnlyPrint: return "`\(statement)` inserted before the print of `\(function)()`"
            }
        case .move(let statement, let anchor, let after):
            return "`\(statement)` moved \(after ? "after" : "before") \(anchor.described)"
        case .removeBlock(let header): return "without the block `\(header)`"
        case .removePrimitive(let classes): return "without the `async with` of the \(classes.first ?? "primitive")"
        case .resizePrimitive(let classes, let size): return "the \(classes.first ?? "primitive") sized \(formatNumber(size))"
        case .substituteCall(let call, _): return "called as `\(call)`"
        case .setNamedValue(let names, let value): return "`\(names.first ?? "")` set to \(formatNumber(value))"
        case .removeTimeout: return "without the timeout"
        }
    }
}

/// The statement a rewrite is placed against.
public enum StatementAnchor: Equatable, Sendable {
    /// The one statement line holding this code.
    case holding(String)
    /// The one line that assigns this variable.
    case creation(of: String)
    /// The one loop header (`for`, `async for`, `while`).
    case loop

    var described: String {
        switch self {
        case .holding(let code): return "`\(code)`"
        case .creation(let variable): return "the creation of `\(variable)`"
        case .loop: return "the loop"
        }
    }
}

func formatNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}

extension Rewrite {
    /// The rewrite as code; `literal` writes a subject out as the code it names (a mention's literal as written).
    func codeRewrite(_ literal: (Subject) -> String?) -> CodeRewrite? {
        func anchor(_ subject: Subject, creation: Bool) -> StatementAnchor? {
            if case .phrase(let phrase) = subject {
                return phrase.split(separator: " ").contains("loop") ? .loop : nil
            }
            guard let code = literal(subject) else { return nil }
            return creation ? .creation(of: code) : .holding(code)
        }
        switch self {
        case .replace(let old, let new):
            guard let a = literal(old), let b = literal(new) else { return nil }
            return .replaceText(old: a, new: b)
        case .replaceNumber(let old, let new, let sleepArgument):
            return .replaceNumber(old: old, new: new, sleepArgument: sleepArgument)
        case .setSleep(let seconds):
            return .setSleep(seconds: seconds)
        case .setCount(let count):
            return .setCount(count)
        case .insert(let statement, let anchorSubject, let placement):
            guard let code = literal(statement), let place = anchor(anchorSubject, creation: placement == .afterCreation) else { return nil }
            return .insert(statement: code, anchor: place, after: placement != .before)
        case .insertInFunction(let statement, let function, let place):
            guard let code = literal(statement), let name = literal(function).flatMap(Self.functionName) else { return nil }
            return .insertInFunction(statement: code, function: name, place: place)
        case .move(let statement, let anchorSubject, let after):
            guard let code = literal(statement), let place = anchor(anchorSubject, creation: false) else { return nil }
            return .move(statement: code, anchor: place, after: after)
        case .removeBlock(let subject):
            return literal(subject).map { .removeBlock(header: $0) }
        case .moveAwaitAfter(let moved, let anchor):
            guard let a = literal(moved).map(Self.awaited), let b = literal(anchor).map(Self.awaited) else { return nil }
            return .move(statement: "await " + a, anchor: .holding("await " + b), after: true)
        case .removePrimitive(let kind):
            return kind == .timeout ? .removeTimeout : .removePrimitive(classes: kind.classes)
        case .resizePrimitive(let kind, let size):
            return .resizePrimitive(classes: kind.classes, size: size)
        case .substituteCall(let subject, let sameMeansSnippet):
            return literal(subject).map { .substituteCall(call: $0, sameMeansSnippet: sameMeansSnippet) }
        case .setNamedValue(let names, let value):
            return .setNamedValue(names: names, value: value)
        }
    }

    /// A replacement of `asyncio.sleep` by `time.sleep` (`false`) or the reverse (`true`): the sleep swap, which
    /// also adds or drops the `await`.
    func swapsSleep(_ literal: (Subject) -> String?) -> Bool? {
        guard case .replace(let old, let new) = self, let a = literal(old), let b = literal(new) else { return nil }
        if a.contains("asyncio.sleep"), b.contains("time.sleep") { return false }
        if a.contains("time.sleep"), b.contains("asyncio.sleep") { return true }
        return nil
    }

    /// `await t` → `t`.
    static func awaited(_ literal: String) -> String {
        literal.hasPrefix("await ") ? String(literal.dropFirst(6)) : literal
    }

    /// `fetch()`, `worker(n)`, `mod.fetch` → `fetch`; `nil` for anything that is not a name.
    static func functionName(_ literal: String) -> String? {
        let head = literal.prefix { $0 != "(" }
        let name = head.split(separator: ".").last.map(String.init) ?? String(head)
        guard let first = name.first, first.isLetter || first == "_",
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return name
    }
}
