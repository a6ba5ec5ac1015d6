/// The claim catalogue: every English pattern notescheck recognises, in one place, as data.
///
/// Patterns read `ClaimText.normalized`. Fragments below keep them legible: `M` is any mention of code or
/// quoted text, `C` a code span, `D` a duration; `api("name")` a code span naming an asyncio function or class.
/// A rule that matches inside a conditional sentence ("if", "would", "without") states no fact about the run
/// itself; the condition rules turn such matches into counterfactuals.
public enum ClaimCatalogue {
    static let M = #"\{[cq]\d+(?:=[^}]*)?\}"#
    static let C = #"\{c\d+(?:=[^}]*)?\}"#
    static let D = #"\{d\d+\}"#
    /// A code span naming `name` (optionally `asyncio.`-qualified, with or without a call).
    static func api(_ name: String) -> String { #"\{c\d+=(?:asyncio\.)?(?:"# + name + #")(?:\([^}]*\))?\}"# }

    static let printVerb = #"(?:printed|output|logged|shown|displayed|emitted|written out|comes? out|came out|comes|came|goes out|appears?|appeared|shows? up|showed up|lands?)"#
    /// Words that may stand between "before"/"after" and the mention it orders against.
    static let determiners = #"(?:(?:any|every|all|each|either|both|the|final|last|first|very|of) )*"#
    static let beVerb = #"(?:is |are |gets |get |got |will be |was |were |should be |must be |will |would be )"#
    static let adverbs = #"(?:(?:still|also|always|only|now|then|indeed|actually|really|effectively|already|just|both|all) )*"#
    static let negation = #"(?<neg>not|never|n't|isn't|aren't|doesn't|don't|won't|does not|do not|will not|is not|are not|did not|didn't)"#
    /// A subject phrase: the words of the clause before the verb, never across a subordinating conjunction.
    static let subject = #"(?<subj>(?<![\w=])(?:\{[cqd]\d+(?:=[^}]*)?\}|(?!\b(?:because|since|so|while|when|although|though|whereas|but|then|as soon as)\b)[^,;:(){}])*?)"#
    static let endVerb = #"(?:ended|finished|returned|completed|done|over|exited|terminated)"#

    public static let rules: [ClaimRule] = ordering + output + duration + concurrency + lifecycle + lifecycleMoments + apiFacts
        + conditions

    static let ordering: [ClaimRule] = [
        ClaimRule("ordering/printed-before", .ordering,
                  "(?<all>all |both |every |each )?(?:(?:the|three|two|four) )*(?<a>\(M))(?: lines?| messages?)? \(beVerb)?\(adverbs)(?:\(negation) )?\(adverbs)\(printVerb) (?:\\w+ ){0,3}?before \(determiners)(?<b>\(M))",
                  .printedBefore(first: "a", second: "b"),
                  "A printed text comes out before another: their first occurrences in the run's output are in that order."),
        ClaimRule("ordering/printed-after", .ordering,
                  "(?<a>\(M))(?: lines?| messages?)? \(beVerb)?\(adverbs)(?:\(negation) )?\(adverbs)\(printVerb) (?:\\w+ ){0,3}?after \(determiners)(?<b>\(M))",
                  .printedBefore(first: "b", second: "a"),
                  "A printed text comes out after another."),
        ClaimRule("ordering/precedes", .ordering,
                  "(?<a>\(M)) (?:\(negation) )?\(adverbs)(?:precedes|preceded) (?<b>\(M))",
                  .printedBefore(first: "a", second: "b"),
                  "A printed text precedes another."),
        ClaimRule("ordering/first-line", .ordering,
                  "(?<a>\(M)) (?:is|was|comes|stays|remains|will be) \(adverbs)(?:\(negation) )?\(adverbs)(?:printed )?(?:the )?(?:very )?first (?:line|thing|output|message)",
                  .printedFirst("a"),
                  "A printed text is the first line of output."),
        ClaimRule("ordering/first-line-is", .ordering,
                  "the (?:very )?first (?:line|thing|output|message)(?: printed| of output| of the output| we see| you see)? (?:is|reads|says|will be) (?<a>\(M))",
                  .printedFirst("a"),
                  "The first line of output is a given text."),
        ClaimRule("ordering/printed-first", .ordering,
                  "(?<a>\(M))(?: lines?| messages?)? \(beVerb)?\(adverbs)(?:\(negation) )?\(adverbs)(?:printed|output|shown|logged|comes? out|appears?) (?:very )?first\\b",
                  .comesFirst("a"),
                  "A printed text comes out first."),
        ClaimRule("ordering/printed-last", .ordering,
                  "(?<a>\(M))(?: lines?| messages?)? \(beVerb)?\(adverbs)(?:\(negation) )?\(adverbs)(?:printed|output|shown|logged|comes? out|appears?) (?:very )?last\\b",
                  .comesLast("a"),
                  "A printed text comes out last."),
        ClaimRule("ordering/last-line", .ordering,
                  "(?<a>\(M)) (?:is|was|comes|stays|remains|will be) \(adverbs)(?:\(negation) )?\(adverbs)(?:printed )?(?:the )?(?:very )?last (?:line|thing|output|message)",
                  .printedLast("a"),
                  "A printed text is the last line of output."),
        ClaimRule("ordering/last-line-is", .ordering,
                  "the (?:very )?(?:last|final) (?:line|thing|output|message)(?: printed| of output| of the output)? (?:is|reads|says|will be) (?<a>\(M))",
                  .printedLast("a"),
                  "The last line of output is a given text."),
        ClaimRule("ordering/starts-after-end", .sequential,
                  "(?<a>\(M)) \(adverbs)(?:begins|starts|runs|gets going|kicks off|is started) \(adverbs)(?:after|once) (?<b>\(M)) (?:has |is |had |have )?\(adverbs)\(endVerb)",
                  .startsAfterEnd(later: "a", earlier: "b"),
                  "One coroutine starts only after another has finished."),
        ClaimRule("ordering/not-until", .sequential,
                  "(?<a>\(M)) (?:does not|doesn't|did not|didn't|will not|won't) (?:begin|start|run) until (?<b>\(M)) (?:has |is |had )?\(adverbs)\(endVerb)",
                  .startsAfterEnd(later: "a", earlier: "b"),
                  "One coroutine does not begin until another has finished."),
    ]

    static let output: [ClaimRule] = [
        ClaimRule("output/never-printed", .output,
                  "(?<a>\(M))(?: lines?| messages?)? (?:is |are |gets |get |will be |was |were )?(?:never|not|n't|isn't|aren't|doesn't|does not|won't|will not) (?:ever )?(?:get |be )?(?:printed|output|shown|displayed|reached|logged|appears?|show up|shows up|comes? out)(?! (?:\\w+ ){0,3}?(?:before|after|first|last)\\b)",
                  .notPrinted("a"),
                  "A text is never printed."),
        ClaimRule("output/never-prints", .output,
                  "(?:never|doesn't|does not|won't|will not|didn't|did not) (?:print|prints|output|show|display)s? (?<a>\(M))",
                  .notPrinted("a"),
                  "The run never prints a text."),
        ClaimRule("output/is-printed", .output,
                  "(?<a>\(M))(?: lines?| messages?)? (?:is|are|gets|get|was|were) \(adverbs)(?:printed|output|logged)(?! before| after| first| last)(?: \\w+)?(?:$|[.,;:])",
                  .printed("a"),
                  "A text is printed."),
        ClaimRule("output/prints", .output,
                  "\\b(?:prints|printed|outputs|displays|logs) (?:out )?(?:only )?(?<a>\(M))(?! (?:before|after|first|last))",
                  .printed("a"),
                  "The run prints a text."),
        ClaimRule("output/line-shows", .output,
                  "(?<a>\(M)) (?:prints|shows|reports|says|reads|outputs|gives) (?:out )?(?<b>true|false|none|\\d+(?:\\.\\d+)?|\(M))",
                  .shows("b"),
                  "The line that begins with a text shows a value."),
        ClaimRule("output/result-is", .output,
                  "(?:results? (?:comes? back|come out|is|are|will be|ends? up)|produces|gives back|hands back) (?:as |like |equal to )?(?<a>\\{c\\d+=[\\[({\\d'\"][^}]*\\})",
                  .shows("a"),
                  "A printed result is a given value."),
    ]

    static let duration: [ClaimRule] = [
        ClaimRule("duration/takes", .duration,
                  "\(subject)\\b(?:\(adverbs)(?:takes?|took|lasts?|lasted|needs?|runs? for|ran for|finish(?:es)? (?:after|in)|finished (?:after|in)|completes? (?:after|in)|ends? (?:after|in)|is (?:done|finished|over|complete) (?:after|in)|wraps? up (?:after|in)|exits? after|returns? after|runs? in|ran in|is finished after|are finished after)) (?:(?:a total of|in total|overall|only|just|exactly|still|now|all in all|roughly|for) )*(?<d>\(D))",
                  .lasts(subject: "subj", duration: "d"),
                  "The run (or a named coroutine) takes a stated time."),
        ClaimRule("duration/total-is", .duration,
                  "(?<subj>)\\btotal (?:time |runtime |run time |duration |running time |elapsed time )?(?:is|of|comes to|drops to|becomes|stays|falls to|goes down to|will be|would be|remains|is still) (?:only |just |now |still |exactly )*(?<d>\(D))",
                  .lasts(subject: "subj", duration: "d"),
                  "The run's total time is a stated time."),
        ClaimRule("duration/in-total", .duration,
                  "\(subject)\\b(?:takes|took|lasts|runs for|needs) (?:only |just |still )?(?<d>\(D)) (?:in total|total|overall|end to end|altogether)",
                  .lasts(subject: "subj", duration: "d"),
                  "The run takes a stated time in total."),
    ]

    static let concurrency: [ClaimRule] = [
        ClaimRule("concurrency/run-concurrently", .concurrency,
                  "\(subject)\\b(?:(?:are|is|were|was|will be|get|do|does|did|will|can) )?(?:\(negation) )?\(adverbs)(?:run|runs|running|ran|execute|executes|executing|executed|happen|happens|happening|happened|work|works|progress|proceed|proceeds|sleep|sleeps|sleeping|wait|waits|waiting|operate|are asleep|are in flight|are suspended|are pending|are active|cook|cooks) (?:\\w+ ){0,3}?(?:concurrently|at the same time|in parallel|simultaneously|side by side|at once|together)\\b",
                  .concurrent(subject: "subj"),
                  "Things run concurrently: their lifetimes overlap in virtual time."),
        ClaimRule("concurrency/overlap", .concurrency,
                  "\(subject)\\b(?:(?:do|does|did) )?(?:\(negation) )?(?:overlap|overlaps|overlapped|overlapping)\\b",
                  .concurrent(subject: "subj"),
                  "Things overlap in time."),
        ClaimRule("concurrency/without-blocking", .concurrency,
                  "\(subject)\\bwithout blocking (?:each other|one another)",
                  .concurrent(subject: "subj"),
                  "Things run without blocking each other."),
        ClaimRule("sequential/one-after-another", .sequential,
                  "\(subject)\\b\(adverbs)(?:is|are|was|were|runs?|ran|executes?|executed|happens?|happened|works?|goes|go|run|will run|would run|get executed) (?:\(negation) )?\(adverbs)(?:completely |fully |effectively |strictly |purely |entirely |still |really |just )*(?:sequential(?:ly)?|one after (?:the )?(?:other|another)|in sequence|serially|in series|back to back|one by one|one at a time)",
                  .sequential(subject: "subj"),
                  "Things run one after another: no overlap."),
        ClaimRule("sequential/blocks-loop", .sequential,
                  "(?<a>\(C))[^,;]*? (?:\(negation) )?\(adverbs)(?:blocks?|blocked|freezes?|stalls?|holds? up|hogs?) (?:the |up the )?(?:whole |entire )?(?:event )?loop",
                  .blocksLoop("a"),
                  "A call holds the event loop: time passes in one step while nothing else runs."),
        ClaimRule("concurrency/lets-others-run", .concurrency,
                  "(?<a>\(C))[^.;]*? (?:(?<neg>without) )?(?:lets|letting|allows|allowing|gives) (?:the )?(?:other|another|the other) (?:tasks?|coroutines?|code|work) (?:a chance )?(?:to )?run",
                  .yieldsToOthers("a"),
                  "A call lets the other tasks run while it waits."),
        ClaimRule("concurrency/benefits", .sequential,
                  "(?<subj>)\\b(?:won't|will not|don't|do not|wouldn't|would not|doesn't|does not) (?:get|have|see|gain|enjoy) (?:any of )?(?:the )?(?:benefits?|advantages?) of concurrency",
                  .sequential(subject: "subj"),
                  "The run gets no benefit of concurrency."),
    ]

    static let lifecycle: [ClaimRule] = [
        ClaimRule("lifecycle/cancelled", .lifecycle,
                  "(?<a>\(M)|the (?:[\\w-]+ )?task) (?:is|gets|will be|was) \(adverbs)(?:\(negation) )?\(adverbs)cancell?ed (?:by|when|once|as soon as|at)",
                  .endsCancelled("a"),
                  "A task ends cancelled."),
        ClaimRule("lifecycle/never-starts", .lifecycle,
                  "(?<a>\(M)|the (?:[\\w-]+ )?task) (?:never|doesn't ever|does not ever) (?:gets? (?:a chance )?to )?(?:starts?|runs?|begins?|executes?)",
                  .neverStarts("a"),
                  "A task never takes a step."),
    ]

    static let apiFacts: [ClaimRule] = [
        ClaimRule("api/returns", .api,
                  "(?<a>\(C)|\\bit\\b)[^.;]*? (?:\(negation) )?(?:returns?|gives? (?:you |back )?|hands? back) (?:a |an |the )?(?:single |new |plain |regular |special |bare |coroutine-like )?(?<nature>coroutine|future|task|awaitable)s?\\b",
                  .api(.returns(function: "a", nature: "nature")),
                  "An asyncio call returns a coroutine, a future, a task or an awaitable (decided by a probe)."),
        ClaimRule("api/subclass", .api,
                  "(?<a>\(C)) (?:is|are) (?:\(negation) )?(?:a |an )?(?:sub-?class|subtype|special kind|kind|sub-?type|specialization|specialisation) of (?:the )?(?<b>\(C))",
                  .api(.subclass(sub: "a", base: "b")),
                  "A class is a subclass of another (decided by a probe)."),
        ClaimRule("api/alias", .api,
                  "(?<a>\(C)) is (?:\(negation) )?(?:just |simply |merely |only |really )?(?:an? )?(?:alias|another name|the same (?:class|object|thing|exception)) (?:of|for|as) (?:the )?(?:builtin |built-in )?(?<b>\(C))",
                  .api(.alias(alias: "a", target: "b")),
                  "A name is an alias of another (decided by a probe)."),
        ClaimRule("api/future-states", .api,
                  "future[^.]*?(?:one of|states?)[^.]*?\\{c\\d+=pending\\}",
                  .api(.futureStates),
                  "A Future's states are the listed ones (decided by a probe)."),
        ClaimRule("api/one-loop-per-thread", .api,
                  "\\bone (?:running )?(?:event )?loop (?:per|in each|for each|in a|per os) thread",
                  .api(.oneLoopPerThread),
                  "Only one event loop runs in a thread (decided by a probe)."),
        ClaimRule("api/sleep-zero-yields", .api,
                  "\\{c\\d+=(?:asyncio\\.)?sleep\\(0\\)\\}[^.;]*? (?:yields|gives up|hands? (?:back )?control|suspends|lets|switches)",
                  .api(.sleepZeroYields(neg: false)),
                  "`sleep(0)` yields to the event loop once (decided by a probe)."),
        ClaimRule("api/sleep-zero-no-op", .api,
                  "\\{c\\d+=(?:asyncio\\.)?sleep\\(0\\)\\}[^.;]*? (?:does nothing|is a no-op|returns immediately without|has no effect|doesn't yield|does not yield|never yields)",
                  .api(.sleepZeroYields(neg: true)),
                  "`sleep(0)` does nothing (decided by a probe)."),
        ClaimRule("api/run-new-loop", .api,
                  "\(api("run"))[^.]*? creates? (?:a )?(?:new|fresh) (?:event )?loop",
                  .api(.runCreatesAndClosesLoop),
                  "`asyncio.run` creates a new loop and closes it (decided by a probe)."),
        ClaimRule("api/run-waits-for-tasks", .lifecycle,
                  "\(api("run"))[^.]*? (?:waits|will wait|blocks) (?:for |until )(?:all |every |each )?(?:the |of the )?(?:remaining |pending |other |background |outstanding |leftover |still-running |unfinished |running )?tasks?\\b(?! (?:to be|you) (?:created|await))",
                  .api(.runCancelsPendingTasks(neg: true)),
                  "`asyncio.run` waits for the remaining tasks (decided by a probe)."),
        ClaimRule("api/run-cancels-tasks", .lifecycle,
                  "\(api("run"))[^.]*? cancels (?:all )?(?:the )?(?:remaining|pending|still-pending|other|background|outstanding|leftover|unfinished) tasks",
                  .api(.runCancelsPendingTasks(neg: false)),
                  "`asyncio.run` cancels the tasks still pending (decided by a probe)."),
        ClaimRule("api/bare-call", .api,
                  "without \(api("await"))[^.]*?(?:prints nothing|does nothing|runs nothing|only (?:builds|creates|returns|makes) a coroutine)",
                  .api(.bareCallRunsNothing),
                  "A coroutine called without await runs none of its body (decided by a probe)."),
        ClaimRule("api/starts-immediately", .ordering,
                  "(?<a>\(api("create_task|ensure_future|gather")))[^.;]*? (?:\(negation) )?\(adverbs)(?:starts?|begins?|runs?|executes?|kicks? off)(?: (?:executing|running))?(?: (?:the|its|a|that) (?:coroutine|task|body)| \(C))? (?:right away|immediately|at once|straight away|instantly|on the spot|synchronously)",
                  .startsImmediately("a"),
                  "An asyncio call starts the coroutine's body at once (decided by a probe)."),
    ]

    static let lifecycleMoments: [ClaimRule] = [
        ClaimRule("api/starts-when-created", .ordering,
                  "\\b(?:task|coroutine|it)s? (?:\\w+ )?(?:starts?|begins?|runs?|kicks? off)(?: running)? (?:the moment|as soon as|right when|the instant|immediately when) (?<a>\(api("create_task|ensure_future")))",
                  .startsImmediately("a"),
                  "A task starts the moment create_task is called (decided by a probe)."),
        ClaimRule("lifecycle/keeps-running", .lifecycle,
                  "(?<subj>\\b(?:the |a |this |that |our )?(?:[\\w-]+ )?(?:task|tasks|coroutine|coroutines|job|jobs|work)) (?:still )?(?:keeps?|kept|continues?|continued|goes|went) (?:on )?running",
                  .keepsRunning(subject: "subj"),
                  "A task keeps running (is not cancelled) in the background."),
    ]

    static let conditions: [ClaimRule] = [
        ClaimRule("counterfactual/await-before", .counterfactual,
                  "\\bif (?:we|you|i|one) (?:had )?(?:awaited|await|awaits|were to await) (?:the )?(?<a>\(M)|task\\w*) (?:before|ahead of|prior to) (?:calling |awaiting |the )?(?<b>\(M))",
                  .condition(.moveAwaitBefore(moved: "a", anchor: "b")),
                  "If a task were awaited before another call, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/await-right-after", .counterfactual,
                  "\\bif (?<a>\(M)|the task) (?:were|was|is|had been|gets|got) awaited (?:straight|right|immediately|directly) after (?:creating|creation|being created|it is created|it was created|it's created)",
                  .condition(.awaitRightAfterCreation("a")),
                  "If a task were awaited right after its creation, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/we-await-right-after", .counterfactual,
                  "\\bif (?:we|you|i|one) (?:had )?(?:awaited|await|awaits) (?<a>\(M)) (?:straight|right|immediately|directly) after (?:creating|creation|making|starting)",
                  .condition(.awaitRightAfterCreation("a")),
                  "If we awaited a task right after creating it, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/use-async-sleep", .counterfactual,
                  "\\bif (?:we|you|i|one|it|\(C)) (?:had )?(?:used?|called|switched to|awaited) \\{c\\d+=(?:await)?asyncio\\.sleep[^}]*\\}",
                  .condition(.swapSleep(toAsync: true)),
                  "If the code slept with asyncio.sleep instead of time.sleep, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/without", .counterfactual,
                  "\\bwithout (?:the |that |this |its |an |a )?(?:final |last |extra |second |first )?(?<a>\(C))",
                  .condition(.remove("a")),
                  "Without a statement, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/if-removed", .counterfactual,
                  "\\bif (?:the |that |this )?(?<a>\(C))(?: line| call| statement| block)? (?:were|was|is|had been|gets|got) (?:removed|deleted|dropped|taken out|commented out|left out)",
                  .condition(.remove("a")),
                  "If a statement were removed, the consequence holds (decided on the variant run)."),
        ClaimRule("necessity/await-to-start", .necessity,
                  "(?:need|needs|have|has|must|required|necessary) to (?:await|wait for|wait on) (?<a>\(M)|the task|task|it)[^.]*?\\b(?:to|so that|in order to) (?:ensure |make sure |guarantee )?(?:that )?(?:it|the task|\(M)) (?:actually |really |even )?(?:starts|runs|begins|executes|gets executed|is executed|starts executing|starts running|gets started)",
                  .needed(.removeAwait("a"), purpose: .starts("a")),
                  "Awaiting a task is needed for it to start (decided on the variant without the await)."),
        ClaimRule("cause/created-with-create-task", .cause,
                  "\\bbecause (?:the |a |each |every )?(?:\\w+ )?(?:task|tasks|it|they|coroutines?|\(M)) (?:is|are|was|were|gets|get) (?:created|scheduled|wrapped|made|started) (?:using|with|by|via|through) \(api("create_task|ensure_future"))",
                  .cause(.awaitDirectly("")),
                  "An effect holds because a task was created with create_task (decided on the variant without it)."),
    ]
}
