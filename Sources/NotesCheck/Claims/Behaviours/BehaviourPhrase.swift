/// Pattern fragments the behaviour families share: code spans that name a method or class whatever the receiver,
/// and the optional negation and adverbs that may stand before a verb.
enum BehaviourPhrase {
    /// A code span calling one of `names` on any receiver, with or without arguments or parentheses:
    /// `{c0=task.cancel()}`, `{c1=cancel}`, `{c2=awaitqueue.get()}`, `{c3=loop.call_soon(print,"a")}`; or the
    /// call written in plain text with its parentheses (`task.cancel()` without backticks).
    static func method(_ names: String) -> String {
        #"(?:\{c\d+=(?:[\w.\[\]()]*\.)?(?:"# + names + #")(?:\([^}]*\))?\}|\b(?:\w+\.)*(?:"# + names + #")\(\))"#
    }

    /// A code span naming one of the classes `names` (optionally `asyncio.`-qualified, possibly instantiated):
    /// `{c0=asyncio.lock}`, `{c1=semaphore(2)}`.
    static func type(_ names: String) -> String {
        #"\{c\d+=(?:asyncio\.)?(?:"# + names + #")(?:\([^}]*\))?\}"#
    }

    /// An exception named in a code span or in plain words, its name in group `v`: "raises `QueueEmpty`",
    /// "raises a ValueError", "raises `asyncio.InvalidStateError()`".
    static let exception = #"(?:an? )?(?:\{c\d+=)?(?:asyncio\.)?(?:queue\.|exceptions\.)?(?<v>[a-z]\w*?(?:error|empty|full))(?:\([^}]*\))?\}?(?!\w)"#

    /// Any text up to the end of the clause (`,` and `:` allowed; code-span tokens may hold dots and semicolons).
    static let inClause = #"(?:\{[cqd]\d+(?:=[^}]*)?\}|[^.;{])*?"#
    /// The words between a subject and its verb: no clause break (`,` `;` `:` `.`), so "unlike `a()`, `b()` blocks"
    /// never makes `a()` the subject.
    static let inPhrase = #"(?:\{[cqd]\d+(?:=[^}]*)?\}|[^.,;:{])*?"#
    /// Any text up to the end of the sentence.
    static let inSentence = #"(?:\{[cqd]\d+(?:=[^}]*)?\}|[^.{])*?"#

    /// "not", "never", "doesn't" (in group `neg`), then the adverbs that may follow it, both optional.
    static let negated = #"(?:"# + ClaimCatalogue.negation + #" )?"# + ClaimCatalogue.adverbs

    /// "immediately", "on the spot", "right away", "synchronously"…
    static let atOnce = #"(?:immediately|on the spot|right away|right then|right there|there and then|at once|instantly|straight away|synchronously|then and there|in its tracks)"#
}
