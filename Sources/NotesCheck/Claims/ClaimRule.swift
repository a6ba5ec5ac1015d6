/// One entry of the claim catalogue: an English pattern and the assertion it states.
///
/// `pattern` is a regular expression over `ClaimText.normalized` (lower case, mentions as `{c0}` / `{q0}` /
/// `{d0}` tokens). Named groups carry the parts: `a`, `b` (mentions), `subj` (a subject phrase), `d` (a duration),
/// `neg` (a negation: when it matched, the claim states the opposite).
public struct ClaimRule: Sendable {
    public let code: String
    public let kind: ClaimKind
    public let pattern: String
    public let template: Template
    /// One line for `notescheck rules` and SARIF's rule metadata.
    public let summary: String
    /// A cheap pattern the sentence must match before `pattern` is tried (rules of one family share it), or nil.
    public let cue: String?

    public init(_ code: String, _ kind: ClaimKind, _ pattern: String, _ template: Template, _ summary: String, cue: String? = nil) {
        self.code = code
        self.kind = kind
        self.pattern = pattern
        self.template = template
        self.summary = summary
        self.cue = cue
    }

    /// How a rule's match becomes an assertion; strings name the pattern's groups.
    public enum Template: Sendable {
        case printedBefore(first: String, second: String)
        case printedFirst(String)
        case printedLast(String)
        case comesFirst(String)
        case comesLast(String)
        case shows(String)
        case printed(String)
        case printedAt(String, duration: String)
        case notPrinted(String)
        case lasts(subject: String, duration: String)
        /// "takes no time at all", "exits immediately": the subject lasts no virtual time.
        case takesNoTime(subject: String)
        case concurrent(subject: String)
        case sequential(subject: String)
        case startsAfterEnd(later: String, earlier: String)
        case blocksLoop(String)
        case yieldsToOthers(String)
        case startsImmediately(String)
        case endsCancelled(String)
        case neverStarts(String)
        case keepsRunning(subject: String)
        case api(ApiTemplate)
        /// A fact of the run's printed lines and event times (see `RunFact`).
        case run(RunTemplate)
        /// What a variant run does as a whole ("changes nothing", "would hang", "raises `X`").
        case outcome(OutcomeTemplate)
        /// A table row pairing a call with a total time (`| Semaphore(3) | 2 s |`): the run making that call
        /// instead of the snippet's (the snippet itself when it makes it as written) lasts that long.
        case variantLasts(call: String, duration: String)
        /// A condition: the edit, whose consequence is read from the rest of the sentence by the other rules.
        case condition(EditTemplate)
        /// "we need to <edit> so that <subject> starts": the edit's removal must break the purpose.
        case needed(EditTemplate, purpose: Purpose)
        /// "<effect> because <subject> is created with create_task": the effect must fail without the cause.
        case cause(EditTemplate)
    }

    public enum EditTemplate: Sendable {
        case moveAwaitBefore(moved: String, anchor: String)
        case awaitRightAfterCreation(String)
        case remove(String)
        case removeAwait(String)
        case awaitDirectly(String)
        case swapSleep(toAsync: Bool)
        case rewrite(RewriteTemplate)
    }

    public enum Purpose: Sendable {
        case starts(String)
        case concurrency
    }

    public enum ApiTemplate: Sendable {
        case returns(function: String, nature: String)
        case subclass(sub: String, base: String)
        case alias(alias: String, target: String)
        case futureStates
        case oneLoopPerThread
        case sleepZeroYields(neg: Bool)
        case runCreatesAndClosesLoop
        case runCancelsPendingTasks(neg: Bool)
        case bareCallRunsNothing
        /// `expected` is a literal, or `$name` for the text of the pattern's group `name`.
        case behaviour(family: String, key: String, expected: String)
    }
}
