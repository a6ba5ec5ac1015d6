/// Pattern fragments shared by the families about awaiting many things at once (gather, wait, as_completed,
/// TaskGroup) and about giving up on them (wait_for, timeout, shield).
///
/// A behaviour is stated in one clause (up to a semicolon or a colon) that names the API, names no competing API
/// (a sentence comparing `gather` with `as_completed` is left alone), and is not a question. The words before
/// the statement hold no negation, except the one right before it, which the rule reads as `neg`: a clause
/// whose polarity the pattern cannot place ("doesn't care, and cancels …") stays silent.
enum AwaitingPhrases {
    /// A code span naming one of `names` (with or without `asyncio.`, a call, its arguments).
    static func code(_ names: String) -> String {
        #"\{c\d+=(?:asyncio\.)?(?:"# + names + #")(?:\([^}]*\))?\}"#
    }

    /// A code span or a plain word naming one of `names`; a plain word after a pronoun or "to" is a verb
    /// ("we gather the results"), not the API.
    static func named(_ names: String) -> String {
        #"(?:"# + code(names) + #"|(?<!\b(?:we|you|i|they|to|and|then|can|will|let's|us) )\b(?:asyncio\.)?(?:"# + names + #")\b(?:\(\))?)"#
    }

    /// Words that turn a statement around, or make it a comparison, a condition of another kind or a myth
    /// ("without" a code span is a condition: "without `return_exceptions`, gather raises …").
    static let turning = #"(?:\bnot\b|\bnever\b|n't\b|\bno\b|\bnor\b|\bneither\b|\bwithout\b(?! \{c)|\binstead\b|\brather\b|\bunlike\b|\bwhereas\b|\bunless\b|\bmyths?\b|\bwrong\b|\bmisconceptions?\b|\bwould\b|\bcould\b|\bmight\b|\bsupposedly\b)"#

    /// Up to `count` words, none of them a turning word.
    static func words(_ count: Int) -> String {
        #"(?:(?!\S*?"# + turning + #")\S+ ){0,"# + String(count) + #"}?"#
    }

    /// The other things a group of awaitables holds: "the others", "the remaining tasks", "its siblings".
    static let others = #"(?:the |all the |all |any |its |their )?(?:others|rest\b(?: of (?:the |them)\w*)?|siblings?|sibling \w+|other (?:ones?|tasks?|coroutines?|awaitables?|children|child tasks|jobs?|calls?|futures?)|(?:remaining|outstanding|still[- ]running|unfinished|pending) (?:ones?|tasks?|coroutines?|awaitables?|children|child tasks|jobs?|calls?|futures?))"#

    /// A word of failure: the clause is about an exception.
    static let failure = #"\b(?:raises?|raised|raising|fails?|failed|failing|failure|exceptions?|errors?|crash(?:es|ed)?|throws?|blows? up)\b"#

    /// An exception class in a code span, its name lower-cased in the group `v`.
    static func exception(_ names: String) -> String {
        #"\{c\d+=(?:asyncio\.|builtins\.|exceptions\.)?(?<v>"# + names + #")(?:\(\))?\}"#
    }

    /// "in the order you passed them", "in argument order", "keeps the original order".
    static let argumentOrder = #"(?:(?:in |by )?(?:the |their )?(?:same |original |exact )?order (?:(?:in which|that|as) )?(?:(?:they|the \w+|you|we|it|i) (?:were |are |was )?(?:passed|given|listed|supplied|submitted|provided|written|handed)(?: them| it)?|of (?:the |its |their )?(?:arguments|args|awaitables|coroutines|tasks|inputs|calls|input)\b)|in (?:the )?(?:argument|input|call|submission|original|same) order|in (?:the )?same order as (?:the |you |they |we |its |their )|(?:preserves?|keeps?|maintains?|retains?|respects?) (?:the )?(?:argument |input |original |submission |call )?order\b)"#

    /// "in the order they finish", "in completion order", "as each one completes".
    static let completionOrder = #"(?:(?:in |by )?(?:the )?order (?:in which |that )?(?:they|the \w+|each(?: one)?|it|tasks|coroutines|jobs) (?:\w+ )?(?:finish|finished|finishes|complete|completed|completes|are done|were done|are completed|end|ended|resolve|resolved)\b|in (?:the )?(?:completion|finishing) order|in order of (?:completion|finishing)|by completion time|as each (?:one |task |coroutine )?(?:finishes|completes|is done))"#

    /// The statement `phrase` in a clause about `api` and free of `avoid`; the negation right before the phrase
    /// (a few words at most) is the `neg` group, unless `phrase` places `neg` itself.
    static func clause(about api: String, avoiding avoid: String? = nil, requiring cue: String? = nil, _ phrase: String) -> String {
        var pattern = #"(?:^|(?<=[;:] ))(?![^?]*\?)(?=[^;:]*?(?:"# + api + "))"
        if let avoid { pattern += #"(?![^;:]*?(?:"# + avoid + "))" }
        if let cue { pattern += #"(?=[^;:]*?(?:"# + cue + "))" }
        pattern += #"(?:(?!\S*?"# + turning + #")[^\s;:]+ )*?(?<!instead of |rather than |than |of )"#
        if !phrase.contains("(?<neg>") {
            pattern += #"(?:"# + ClaimCatalogue.negation + #" (?:\S+ ){0,3}?)?"#
        }
        return pattern + phrase
    }
}
