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
    /// ("we gather the results"), not the API. (The look-behind comes after the name so that ICU tries it only
    /// where the name is.)
    static func named(_ names: String) -> String {
        #"(?:"# + code(names) + #"|\b(?:asyncio\.)?(?:"# + names + #")\b(?<!\b(?:we|you|i|they|to|and|then|can|will|let's|us) (?:"#
            + names + #"))(?:\(\))?)"#
    }

    /// A word that turns a statement around, or makes it a contrast, a condition of another kind or a myth,
    /// read at the start of a word ("without" a code span is a condition: "without `return_exceptions`, gather
    /// raises …").
    static let turning = #"(?:(?:not|never|no|nor|neither|instead|rather|unlike|whereas|but|unless|myths?|wrong|misconceptions?|would|could|might|supposedly)\b|without\b(?! \{c)|[\w']*n't\b)"#

    /// Up to `count` words of the clause, none of them a turning word.
    static func words(_ count: Int) -> String {
        #"(?:(?!"# + turning + #")(?:\{[^}]*\}|[^\s;:{])+ ){0,"# + String(count) + #"}?"#
    }

    /// The other things a group of awaitables holds: "the others", "the remaining tasks", "its siblings".
    static let others = #"(?:the |all the |all |any |its |their )?(?:others|rest\b(?: of (?:the |them)\w*)?|siblings?|sibling \w+|other (?:ones?|tasks?|coroutines?|awaitables?|children|child tasks|jobs?|calls?|futures?)|(?:remaining|outstanding|still[- ]running|unfinished|pending) (?:ones?|tasks?|coroutines?|awaitables?|children|child tasks|jobs?|calls?|futures?))"#

    /// "cancelled" as a state the subject ends in: not "kept from being cancelled", "avoids being cancelled".
    static let cancelled = #"(?<!from being )(?<!from getting )(?<!from )(?<!avoid being )(?<!avoids being )(?<!escape being )cancell?ed\b"#

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

    /// A sentence that reports a belief rather than stating a fact ("I used to think …", "a common mistake is to
    /// assume …", "tutorials claim …") or takes its statement back ("…, but it doesn't").
    static let reported = #".*\b(?:think|thinks|thought|believe|believes|believed|belief|assume|assumes|assumed|assumption|claim|claims|claimed|mistake|mistaken|mistakenly|misconception|wrongly|incorrectly|supposed|expect|expects|expected|imagine|pretend|false|untrue)\b|.*(?:\bbut|;) (?:it|they|this|that|which) (?:doesn't|does not|don't|do not|isn't|is not|won't|will not|didn't|did not|aren't|are not)\b"#

    /// The statement `phrase` in a clause about `api` and free of `avoid`; the negation right before the phrase
    /// (a few words at most) is the `neg` group, unless `phrase` places `neg` itself. `keyword` is a plain word
    /// every mention of `api` contains: ICU looks for it first, which keeps the rules fast on clauses about
    /// something else. The pattern is anchored at the sentence's start (ICU then tries one position, not every
    /// one) and skips whole clauses to reach the one it reads, so a match covers the clauses before it.
    static func clause(about api: String, keyword: String, avoiding avoid: String? = nil, requiring cue: String? = nil,
                       _ phrase: String) -> String {
        let clauseText = #"[^;:]*?"#
        var pattern = #"^(?=.*?(?:"# + keyword + "))(?!" + reported + ")" + #"(?:[^;:]*[;:] )*?(?=[^;:]*?(?:"# + keyword + #"))(?![^?]*\?)(?="# + clauseText + "(?:" + api + "))"
        if let avoid { pattern += "(?!" + clauseText + "(?:" + avoid + "))" }
        if let cue { pattern += "(?=" + clauseText + "(?:" + cue + "))" }
        pattern += #"(?:(?!"# + turning + #")(?:\{[^}]*\}|[^\s;:{])+ )*?(?<!than )(?<!of )"#
        if !phrase.contains("(?<neg>") {
            pattern += #"(?:"# + ClaimCatalogue.negation + " " + words(3) + ")?"
        }
        return pattern + "(?:" + phrase + ")"
    }
}
