/// Where the verifier gets evidence beyond the run a sentence is about: variant runs and probe programs.
/// The session layer implements it; tests can stub it. Every answer comes from a run of the model.
public protocol EvidenceSource {
    /// The run of the sentence's snippet with `edit` applied, and the facts of the edited code; `nil` when the
    /// edit does not apply to the code (the claim is then unverifiable).
    func variant(_ edit: CodeEdit) -> (RunRecord, SnippetFacts)?
    /// The answer of the probe program kept for `fact`; `nil` when there is none or it did not run.
    func probe(_ fact: ApiFact) -> ProbeAnswer?
}

/// A probe's verdict on an API fact, with what it printed.
public struct ProbeAnswer: Equatable, Sendable {
    public var holds: Bool
    public var evidence: String

    public init(holds: Bool, evidence: String) {
        self.holds = holds
        self.evidence = evidence
    }
}

/// A counterfactual's edit with its subjects written out as code.
public enum CodeEdit: Equatable, Sendable {
    /// Move the statement `await <awaited>` to just before the statement holding `anchor`.
    case moveAwait(awaited: String, before: String)
    /// Move the statement `await <variable>` to just after the statement that creates the task.
    case awaitRightAfterCreation(variable: String)
    /// Remove the statements holding `text`.
    case removeStatements(containing: String)
    /// Remove the statements that await `awaited`.
    case removeAwaits(of: String)
    /// Replace every `create_task(X)` / `ensure_future(X)` by `X`, so each coroutine is awaited where its task was.
    case awaitDirectly
    /// Replace `time.sleep(` by `await asyncio.sleep(` (or the reverse).
    case swapSleep(toAsync: Bool)
    /// Replace, insert, move or remove code at one located place.
    case rewrite(CodeRewrite)
}

/// Decides claims on evidence. It reads runs; it never runs anything itself except through `EvidenceSource`.
public struct Verifier {
    public let run: RunRecord?
    public let facts: SnippetFacts?
    /// How the evidence names the run: "the snippet at lines 21-46".
    public let runLabel: String
    public let source: EvidenceSource
    /// The snippet's place among the file's python snippets (1 for the first), when known.
    public let snippetOrdinal: Int?

    public init(run: RunRecord?, facts: SnippetFacts?, runLabel: String, source: EvidenceSource, snippetOrdinal: Int? = nil) {
        self.snippetOrdinal = snippetOrdinal
        self.run = run
        self.facts = facts
        self.runLabel = runLabel
        self.source = source
    }

    public func verdict(for assertion: Assertion, mentions: [Mention]) -> Verdict {
        evaluate(assertion, mentions: mentions, run: run, facts: facts, label: runLabel).verdict
    }

    /// `baseline` is the snippet's own run when `run` is a variant of it.
    private func evaluate(_ assertion: Assertion, mentions: [Mention], run: RunRecord?, facts: SnippetFacts?, label: String,
                          baseline: RunRecord? = nil) -> Truth {
        switch assertion {
        case .api(let fact):
            guard let answer = source.probe(fact) else { return .unknown("no probe program answers this fact") }
            return .from(answer.holds, answer.evidence)
        case .not(let inner):
            return evaluate(inner, mentions: mentions, run: run, facts: facts, label: label, baseline: baseline).negated
        case .outcome(let outcome):
            return VariantOutcomes(run: run, facts: facts, label: label, baseline: baseline, mentions: mentions).truth(of: outcome)
        case .startsImmediately(let subject):
            guard case .mention(let index) = subject, index < mentions.count, let literal = mentions[index].literal else {
                return .unknown("the claim does not say which call starts the coroutine")
            }
            let name = literal.split(separator: "(").first.map(String.init) ?? literal
            let function = name.split(separator: ".").last.map(String.init) ?? name
            guard let answer = source.probe(.startsImmediately(function: function)) else {
                return .unknown("no probe program for \(literal)")
            }
            return .from(answer.holds, answer.evidence)
        default:
            break
        }
        guard let run, let facts else { return .unknown("no snippet runs before this sentence") }
        if let never = VariantOutcomes.neverFinishes(assertion, run: run, label: label) { return never }
        guard run.completed else { return .unknown("\(label) did not run to its end") }
        let binder = Binder(mentions: mentions, facts: facts, run: run, snippetOrdinal: snippetOrdinal)
        let queries = RunQueries(run: run, binder: binder, label: label)
        switch assertion {
        case .printedBefore(let a, let b): return queries.printedBefore(a, b)
        case .printedFirst(let a): return queries.printedAt(a, first: true)
        case .printedLast(let a): return queries.printedAt(a, first: false)
        case .printed(let a): return queries.printed(a)
        case .printedAt(let a, let duration): return queries.printedAt(a, duration)
        case .comesFirst(let a): return confirmOnly(queries.printedAt(a, first: true), "first of all output, or first of its kind?")
        case .comesLast(let a): return confirmOnly(queries.printedAt(a, first: false), "last of all output, or last of its kind?")
        case .shows(let a): return RunFactQueries(run: run, facts: facts, binder: binder, queries: queries, label: label).reordered(binder.printed(a))
            ?? confirmOnly(queries.printed(a), "the value may be one the snippet never prints")
        case .run(let fact): return RunFactQueries(run: run, facts: facts, binder: binder, queries: queries, label: label).truth(fact)
        case .lasts(let subject, let duration): return queries.lasts(subject, duration)
        case .concurrent(let subjects): return queries.concurrent(subjects)
        case .sequential(let subjects): return queries.concurrent(subjects).negated
        case .startsAfterEnd(let later, let earlier): return queries.startsAfterEnd(later, earlier)
        case .blocksLoop(let subject): return queries.blocksLoop(subject)
        case .endsCancelled(let subject): return queries.task(subject) { span in
            .from(span.outcome == .cancelled, "\(span.name) (\(span.coroutine)) ended \(span.outcome.rawValue)\(queries.at(span.finished))")
        }
        case .neverStarts(let subject): return queries.task(subject) { span in
            .from(span.firstStep == nil, span.firstStep.map { "\(span.name) (\(span.coroutine)) took its first step at \(formatSeconds($0.seconds))" }
                ?? "\(span.name) (\(span.coroutine)) never took a step")
        }
        case .keepsRunning(let subject): return queries.keepsRunning(subject)
        case .counterfactual(let edit, let consequence):
            return counterfactual(edit, consequence, mentions: mentions, run: run, facts: facts, label: label)
        case .necessity(let edit, let goal):
            return necessity(edit, goal, mentions: mentions, run: run, facts: facts, label: label)
        case .api, .not, .startsImmediately, .outcome:
            return .unknown("unreachable")
        }
    }

    /// Evidence that can confirm the sentence but, read another way, would not refute it.
    private func confirmOnly(_ truth: Truth, _ ambiguity: String) -> Truth {
        if case .fails(let why) = truth { return .unknown("\(why); but the sentence may mean otherwise (\(ambiguity))") }
        return truth
    }

    private func counterfactual(_ edit: SnippetEdit, _ consequence: Assertion, mentions: [Mention], run: RunRecord, facts: SnippetFacts,
                                label: String) -> Truth {
        guard let code = codeEdit(edit, mentions: mentions, facts: facts) else {
            return .unknown("the edit the sentence describes could not be located in \(label)")
        }
        guard let (variantRun, variantFacts) = source.variant(code) else {
            return .unknown("the edit (\(describe(code))) does not apply to \(label)")
        }
        let variantLabel = "the variant of \(label) (\(describe(code)))"
        if let failure = VariantOutcomes.brokenByEdit(variantRun, original: run, consequence: consequence, label: variantLabel) {
            return failure
        }
        return evaluate(consequence, mentions: mentions, run: variantRun, facts: variantFacts, label: variantLabel, baseline: run)
    }

    private func necessity(_ edit: SnippetEdit, _ goal: Assertion, mentions: [Mention], run: RunRecord, facts: SnippetFacts, label: String) -> Truth {
        guard case .holds = evaluate(goal, mentions: mentions, run: run, facts: facts, label: label) else {
            return .unknown("what the sentence says it is needed for does not hold in \(label) itself")
        }
        guard let code = codeEdit(edit, mentions: mentions, facts: facts),
              let (variantRun, variantFacts) = source.variant(code) else {
            return .unknown("the part the sentence calls necessary could not be taken out of \(label)")
        }
        let variantLabel = "the variant of \(label) (\(describe(code)))"
        switch evaluate(goal, mentions: mentions, run: variantRun, facts: variantFacts, label: variantLabel) {
        case .holds(let why): return .fails("not needed: in \(variantLabel) it still holds: \(why)")
        case .fails(let why): return .holds("in \(variantLabel) it no longer holds: \(why)")
        case .unknown(let why): return .unknown(why)
        }
    }

    /// The edit with its subjects written out as the code they name.
    private func codeEdit(_ edit: SnippetEdit, mentions: [Mention], facts: SnippetFacts) -> CodeEdit? {
        func code(_ subject: Subject) -> String? {
            switch subject {
            case .mention(let index):
                guard index < mentions.count, let literal = mentions[index].literal else { return nil }
                return literal.hasPrefix("await ") ? String(literal.dropFirst(6)) : literal
            case .phrase(let phrase):
                let words = phrase.split(separator: " ").map(String.init)
                if let named = words.first(where: { facts.taskVariables[$0] != nil }) { return named }
                if words.contains(where: { $0.hasPrefix("task") }), facts.taskVariables.count == 1 {
                    return facts.taskVariables.keys.first
                }
                return nil
            case .run:
                return nil
            }
        }
        /// A mention's code as written, `await` included.
        func literal(_ subject: Subject) -> String? {
            guard case .mention(let index) = subject, index < mentions.count else { return nil }
            return mentions[index].literal
        }
        switch edit {
        case .moveAwaitBefore(let moved, let anchor):
            guard let a = code(moved), let b = code(anchor) else { return nil }
            return .moveAwait(awaited: a, before: b)
        case .awaitRightAfterCreation(let subject):
            return code(subject).map { .awaitRightAfterCreation(variable: $0) }
        case .remove(let subject):
            guard let text = literal(subject) ?? code(subject) else { return nil }
            return text.dropLast().contains(":") ? .rewrite(.removeBlock(header: text)) : .removeStatements(containing: text)
        case .removeAwait(let subject):
            return code(subject).map { .removeAwaits(of: $0) }
        case .awaitDirectly:
            return .awaitDirectly
        case .swapSleep(let toAsync):
            return .swapSleep(toAsync: toAsync)
        case .rewrite(let rewrite):
            if let toAsync = rewrite.swapsSleep(literal) { return .swapSleep(toAsync: toAsync) }
            return rewrite.codeRewrite { literal($0) ?? code($0) }.map { .rewrite($0) }
        }
    }

    private func describe(_ edit: CodeEdit) -> String {
        switch edit {
        case .moveAwait(let awaited, let anchor): return "`await \(awaited)` moved before `\(anchor)`"
        case .awaitRightAfterCreation(let variable): return "`await \(variable)` moved right after its creation"
        case .removeStatements(let text): return "without `\(text)`"
        case .removeAwaits(let awaited): return "without `await \(awaited)`"
        case .awaitDirectly: return "coroutines awaited directly instead of through create_task"
        case .swapSleep(let toAsync): return toAsync ? "time.sleep replaced by await asyncio.sleep" : "await asyncio.sleep replaced by time.sleep"
        case .rewrite(let rewrite): return rewrite.described
        }
    }
}
