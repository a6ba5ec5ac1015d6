/// Claims about how often something is printed, how many runs are busy at once, the order of several printed
/// lines, numbered subjects' event times, and events told by a participle ("`a` is cleaned up before `b`").
/// They come before the other run rules, so on the same clause and kind they win over looser readings (“`x` is
/// printed twice” is a count, not merely “`x` is printed”).
extension ClaimCatalogue {
    /// A small count in words or digits.
    static let countWord = #"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d+)"#
    /// "once", "twice", "three times".
    static let timesWord = #"(?:once|twice|thrice|\#(countWord) times)"#
    /// Words that limit a count to part of the run: only too few occurrences refute it then.
    static let countBound = #"(?<edge> (?:before|after|until|by|within|during|while|when|in the first|at the start|at first|so far|per|each|every|in each|for each)\b)?"#
    /// A participle telling one event, as a printed line would word it ("a cleaning up", "waiter released").
    static let eventParticiple = #"(?:released|woken up|woken|awakened|resumed|admitted|cancell?ed|started|finished|completed|closed|cleaned up|timed out|acquired|unblocked|notified|triggered|fired|stopped|shut down|torn down)"#
    /// A list of two or more mentions: "`a`, `b` and `c`", "`a` and `b`".
    static let mentionList = #"(?<vals>\#(M)(?:, \#(M))*,? and \#(M))"#
    static let printedVerb = #"(?:printed|output|logged|shown|appears?|appeared|shows? up|showed up|comes? out|came out|print)"#
    /// A plural noun of a subject named with numbers: "requests 2 and 3".
    static let pluralVerb = #"(?:start|begin|finish|end|complete|return|arrive|wake up|fire|time out|enter|leave|acquire)"#

    static let ordinalWord = #"(?:first|second|third|fourth|fifth|sixth|last|final)"#

    static let runCountRules: [ClaimRule] = [
        ClaimRule("output/printed-times-pair", .output,
                  "(?<a>\(M))(?: lines?| messages?)? (?:is |are |gets |was |were )?(?:only |still )?\(printedVerb) (?<ord>at least |exactly |only |just )?(?<v>\(timesWord)),? and (?<b>\(M))(?: lines?| messages?)? (?:is |are |was |were )?(?:printed |shown |appears? |comes out )?(?<w>\(timesWord))(?: each)?\(countBound)",
                  .run(.printedTimesPair(first: "a", firstCount: "v", second: "b", secondCount: "w", qualifier: "ord", bound: "edge")),
                  "Two texts are printed stated numbers of times (“`a` three times and `b` twice”)."),
        ClaimRule("output/printed-times", .output,
                  "(?<a>\(M))(?: lines?| messages?)? (?:is |are |gets |was |were )?(?:only |still )?\(printedVerb) (?<ord>at least |exactly |only |just )?(?<v>\(timesWord))(?<w> in total| in all| overall| altogether)?\(countBound)",
                  .run(.printedTimes(text: "a", count: "v", qualifier: "ord", bound: "edge")),
                  "A text is printed a stated number of times."),
        ClaimRule("output/prints-times", .output,
                  "\\b(?:prints|printed|outputs|logs) (?<a>\(M)) (?<ord>at least |exactly |only |just )?(?<v>\(timesWord))(?<w> in total| in all| overall| altogether)?\(countBound)",
                  .run(.printedTimes(text: "a", count: "v", qualifier: "ord", bound: "edge")),
                  "The run prints a text a stated number of times."),
        ClaimRule("output/stops-after-count", .output,
                  "(?<subj>\(C)|\\b(?:the |our |this )?[a-z_]+|\\bit) (?:stops|stopped|quits|quit|gives up|gave up|exits|exited|is done|was done|ends|ended|finishes|finished) (?<ord>only |just )?after (?<v>\(countWord)) (?<w>[a-z_]+s)\\b\(countBound)",
                  .run(.linesCounted(noun: "w", subject: "subj", count: "v", qualifier: "ord", bound: "edge")),
                  "Something stops after a stated number of its printed lines (“it stops after three ticks”)."),
        ClaimRule("output/prints-count", .output,
                  "(?<subj>\(C)|\\b(?:the |our |this )?[a-z_]+|\\bit) (?:prints|printed|emits|emitted|logs|logged|outputs) (?<ord>at least |exactly |only |just )?(?<v>\(countWord)) (?<w>[a-z_]+s)\\b(?<all> in total| in all| overall| altogether)?\(countBound)",
                  .run(.linesCounted(noun: "w", subject: "subj", count: "v", qualifier: "ord", bound: "edge")),
                  "Something prints a stated number of lines of one word (“the heartbeat prints three beats”)."),
        ClaimRule("output/all-count-print", .output,
                  "(?<subj>)\\b(?<ord>all |only |just |exactly )(?:the |of the )?(?<v>\(countWord)) (?<w>[a-z_]+s) (?:are |get |were |all )?(?:print|printed|come out|appear|show up|are shown|get printed)\\b\(countBound)",
                  .run(.linesCounted(noun: "w", subject: "subj", count: "v", qualifier: "ord", bound: "edge")),
                  "A stated number of lines of one word are printed (“all five counts print”)."),
        ClaimRule("ordering/numbered-events-at", .ordering,
                  "\\b(?<s>[a-z_]+)s (?<vals>\\d+(?:, \\d+)*,? and \\d+) (?:both |all )?(?<verb>\(pluralVerb)) (?:only |right |just |exactly )?(?:at|at the) (?<d>\(D))(?! (?:after|later|in|before))",
                  .run(.eventsAt(noun: "s", numbers: "vals", verb: "verb", duration: "d")),
                  "Numbered subjects' events come out at a stated time (“requests 3 and 4 start at 1 s”)."),
        ClaimRule("ordering/event-participle-at", .ordering,
                  "(?<s>\(eventSubject)) (?:is|was|gets|got|are|were) (?<verb>\(eventParticiple)) (?:only |right |just |exactly )?(?:at|at the) (?<d>\(D))(?! (?:after|later|in|before))",
                  .run(.eventAt(subject: "s", verb: "verb", duration: "d")),
                  "A subject's event, told by a participle, comes out at a stated time (“the waiter is released at 1 s”)."),
        ClaimRule("ordering/event-participle-before", .ordering,
                  "(?<s>\(eventSubject)) (?:is|was|gets|got) (?<verb>\(eventParticiple)) (?:first,? )?before (?<o>\(eventSubject))(?! (?:is|was|has|had|gets|got|does|did|starts|finishes|ends|runs|can|will)\\b)",
                  .run(.eventBefore(subject: "s", verb: "verb", otherSubject: "o", otherVerb: "verb")),
                  "One subject's event comes out before the same event of another (“`a` is cleaned up before `b`”)."),
        ClaimRule("concurrency/at-most-at-once", .concurrency,
                  "\\b(?:at most|no more than|never more than|only|just) (?<v>\(countWord)) (?<subj>(?:(?!\\b(?:is|are|run|runs|can|will|get|gets)\\b)[^,;.])*?) (?:is|are|run|runs|can be|will be|get|gets|execute|sit|sits|ever are)\\b(?:[^,;.]*? (?:inside|in|within) (?:the )?(?<b>\(C))(?: block| statement| body)?)?[^,;.]*? (?:at once|at a time|at any (?:one )?(?:moment|time|point)|at the same time|concurrently|simultaneously|in parallel)\\b",
                  .run(.atMostAtOnce(subject: "subj", block: "b", count: "v")),
                  "At most a stated number of runs of something are busy at the same time."),
        ClaimRule("ordering/listed-in-that-order", .ordering,
                  "\(mentionList)(?: lines| messages)? (?:are |get |were )?\(printedVerb) (?:exactly )?in (?:that|this|exactly that|the same) order",
                  .run(.printedInOrder(list: "vals")),
                  "Listed texts are printed in that order."),
        ClaimRule("ordering/in-order-listed", .ordering,
                  "(?<!not )(?<!n't )(?<!never )\\b(?:printed|come out|comes out|came out|appear|show up|print|prints|arrive)\\b(?:(?!\\bnot\\b|n't|\\bnever\\b|\\bunless\\b)[^.(;])*?\\b(?:order|sorted|ascending|increasing)\\b(?:(?!\\bnot\\b|n't|\\bnever\\b)[^.(;])*?(?:\\(|: )(?<vals>\(M)(?:, \(M))+(?:,? and \(M))?)\\)?",
                  .run(.printedInOrder(list: "vals")),
                  "Texts come out in an order, listed after it (“in order of their delays (`a`, `b`, `c`)”)."),
        ClaimRule("ordering/all-before", .ordering,
                  "(?<!not )(?<!n't )(?<!never )\\b(?:see|get|got|saw|print|prints|printed|have) (?:all of )?\(mentionList) (?:\\w+ ){0,2}?before (?<b>\(M))",
                  .run(.allPrintedBefore(list: "vals", other: "b", otherVerb: nil)),
                  "Several listed texts are all printed before another."),
        ClaimRule("ordering/all-before-event", .ordering,
                  "(?<!not )(?<!n't )(?<!never )\\b(?:see|get|got|saw|print|prints|printed|have) (?:all of )?\(mentionList) (?:\\w+ ){0,2}?before (?:the )?(?<o>[a-z_]+) (?<ov>(?!is\\b|was\\b|has\\b|does\\b)[a-z]+s|\(eventVerb))\\b",
                  .run(.allPrintedBefore(list: "vals", other: "o", otherVerb: "ov")),
                  "Several listed texts are all printed before the line of an event (“… before the deadline hits”)."),
        ClaimRule("ordering/list-printed-before", .ordering,
                  "\(mentionList)(?: lines| messages)? (?:are |were |all |both )*\(printedVerb) (?:\\w+ ){0,2}?before (?<b>\(M))",
                  .run(.allPrintedBefore(list: "vals", other: "b", otherVerb: nil)),
                  "Several listed texts are all printed before another."),
        ClaimRule("ordering/interleaved", .ordering,
                  "(?<a>\(M)) and (?<b>\(M))(?: lines| messages)? (?:are |get |were )?(?:interleave|interleaved|intermix|intermixed|mix|mixed|mingle|are mixed up)\\b",
                  .run(.interleaved("a", "b")),
                  "The lines of two texts are mixed, not all of one first."),
        ClaimRule("ordering/event-first", .ordering,
                  "(?<s>\(eventSubject)) (?<verb>\(eventVerb)) first(?= *(?:$|[.,;:)]|because\\b|since\\b|as\\b|so\\b|and\\b|but\\b|while\\b|-))",
                  .run(.eventFirst(subject: "s", verb: "verb")),
                  "Among the lines of one event, a subject's comes first (“`b` finishes first”)."),
        ClaimRule("ordering/before-occurrence", .ordering,
                  "(?<!mark, )(?<!mark )(?:\\bat (?:the )?(?<d>\(D))(?: mark)?,? )?(?:the (?<edge>\(ordinalWord)) )?(?<a>\(M))(?: lines?| messages?)? \(beVerb)?\(adverbs)\(printVerb) (?:\\w+ ){0,2}?before the (?<ord>second|third|fourth|fifth|sixth) (?<b>\(M))",
                  .run(.printedBeforeOccurrence(first: "a", at: "d", firstOrdinal: "edge", second: "b", secondOrdinal: "ord")),
                  "A text (at a time, or its n-th line) comes out before the n-th line of another."),
        ClaimRule("concurrency/keeps-going-while", .concurrency,
                  "(?<s>\\b(?:the |our |this )?[a-z_]+) (?:keeps|kept|continues|continued|goes on|went on|carries on) (?:to )?[a-z]+(?:[^,;.]{0,40}?)? (?:while|whilst) (?<o>\(M)|(?:the )?[a-z_]+) (?:sleeps|is sleeping|waits|is waiting|blocks|is blocked|is blocking|is stuck|is busy|is stalled|runs|is running|works|is working|computes|pauses|awaits|holds the loop)\\b",
                  .run(.keepsGoingWhile(subject: "s", other: "o")),
                  "A task goes on printing while another waits (“the heartbeat keeps beating while `main` sleeps”)."),
        ClaimRule("ordering/alternate", .ordering,
                  "(?<a>\(M)) and (?<b>\(M))(?: lines| messages)? (?:strictly |always |neatly |simply |just )?(?:alternate|take turns|alternated|took turns)\\b",
                  .run(.alternate("a", "b")),
                  "The lines of two texts alternate."),
        ClaimRule("ordering/each-own-before", .ordering,
                  "\\b(?:each|every) (?:\\w+ ){0,2}?(?:prints|writes|logs|emits|outputs|gets) (?:out )?(?:its|their|his|her) (?<a>\(M))(?: lines?| messages?)? before (?:its|their|his|her) (?<b>\(M))",
                  .run(.eachTaskBefore(first: "a", second: "b")),
                  "Each task prints its line of one text before its line of another."),
        ClaimRule("ordering/prints-before", .ordering,
                  "(?<a>\(M)) (?:prints|print)(?: out)? (?:first |even |already )?before (?<b>\(M))",
                  .printedBefore(first: "a", second: "b"),
                  "A text prints before another."),
        ClaimRule("ordering/before-word-line", .ordering,
                  "(?<a>\(M))(?: lines?| messages?)? \(beVerb)?\(adverbs)\(printVerb) (?:\\w+ ){0,2}?before (?:the |any )?(?<w>[a-z_]+) (?:line|message)\\b",
                  .run(.printedBeforeWordLine("a", word: "w")),
                  "A text is printed before the line holding a word (“before the result line”)."),
        ClaimRule("output/program-reports", .output,
                  "\\b(?:program|script|run|output|it|cell|main|loop) (?:then |finally |also |now |still )?(?:reports|reported|writes|wrote|displays|displayed) (?<a>\\{q\\d+(?:=[^}]*)?\\}|\\{c\\d+=[^}]*\\d[^}]*\\})(?! (?:before|after|first|last|once|twice|\\w+ times)\\b)",
                  .printed("a"),
                  "The run reports a text."),
    ]
}
