extension Behaviours {
    private typealias P = AwaitingPhrases

    /// `gather` named in the clause, and no API it is often compared with.
    private static let gatherName = P.named("gather")
    private static let notGather = P.code("as_completed|wait|taskgroup|create_task") + #"|\bas_completed\b|(?<!\b(?:as|like|with) the )(?<!\b(?:as|like|with) a )\btask ?groups?\b|\bwait\(\)"#
    /// Words that lead to the order of what gather gives back; gather must be named before them ("results printed
    /// by the workers come in completion order, but gather …" is about the prints).
    private static let resultWords = #"(?:results?|values|return values|outputs?|answers|list|returns?|returned|gives?|hands?|back|comes?|preserves?|keeps?|maintains?|retains?|respects?)"#
    /// `return_exceptions` in the clause.
    private static let returnExceptions = #"return_exceptions"#
    /// "you cancel the gather", "`gather()` itself is cancelled".
    private static let gatherCancelled = #"\bcancel(?:s|led|ling)? (?:the |a |that |this )?(?:whole |outer |entire )?(?:gather|\{c\d+=(?:asyncio\.)?gather)|\bgather\S* (?:itself |future |call )?(?:is|gets|was|has been) cancell?ed"#
    /// `return_exceptions=True` in the clause (not "without `return_exceptions`" nor `return_exceptions=False`):
    /// the failure rules leave such clauses alone.
    private static let returnExceptionsOn = #"(?<!without )(?<![{=\w])(?:\{c\d+=)?return_exceptions(?!=false)"#
    /// Not about gather, not with `return_exceptions=True`, and not about the gather itself being cancelled.
    private static let notGatherItselfCancelled = notGather + "|" + returnExceptionsOn
        + #"|\bcancel(?:s|led|ling)? (?:the |a |that |this )?(?:whole |outer |entire )?(?:gather|\{c)|\bgather\S* (?:itself |future )?(?:is|gets|was) cancell?ed"#

    /// What `asyncio.gather()` does with results, failures and cancellation.
    static let gather = BehaviourFamily(name: "gather", cue: #"gather|return_exceptions"#, program: ProbePrelude.recordedJob + #"""
    async def main():
        results = await asyncio.gather(job("slow", 0.2), job("fast", 0.1))
        print("fact:result-order %s | gather(slow 0.2 s, fast 0.1 s) returns %s: %s" % (
            "arguments" if results == ["slow", "fast"] else "completion", results,
            "argument order" if results == ["slow", "fast"] else "completion order"))

        coro = job("wrapped", 0)
        future = asyncio.gather(coro)
        wrapped = [task for task in asyncio.all_tasks() if task.get_coro() is coro]
        await future
        print("fact:wraps-in-tasks %s | the coroutine passed to gather runs in a Task of its own: %s" % (
            bool(wrapped), bool(wrapped)))

        events.clear()
        try:
            await asyncio.gather(job("a", 0.1, fail=True), job("b", 0.1, fail=True), job("other", 0.2))
            raised, raised_type = "nothing", "nothing"
        except BaseException as error:
            raised, raised_type = "%s(%s)" % (type(error).__name__, error), type(error).__name__
        seen_at_raise = list(events)
        await asyncio.sleep(0.2)
        print("fact:first-exception-propagates %s | gather(a fails at 0.1 s, b fails at 0.1 s, other) raises %s" % (
            raised == "ValueError(a)", raised))
        print("fact:error-type %s | the awaiter of gather() receives the child's own %s, unwrapped" % (
            raised_type, raised_type))
        print("fact:exception-cancels-others %s | gather() raised %s while its sibling had %s; the sibling was %s: %s" % (
            "other cancelled" in events, raised, seen_at_raise or "not finished yet",
            "cancelled" if "other cancelled" in events else "not cancelled", events))
        print("fact:waits-for-others-before-raising %s | gather() raised %s while its sibling had %s" % (
            bool(seen_at_raise), raised, seen_at_raise or "not finished yet"))
        print("fact:others-keep-running %s | after the exception the sibling goes on: %s" % (
            "other finished" in events, events))

        results = await asyncio.gather(job("ok", 0), job("bad", 0, fail=True), return_exceptions=True)
        print("fact:return-exceptions-in-list %s | with return_exceptions=True gather returns %r" % (
            isinstance(results[1], ValueError), results))

        events.clear()
        outer = asyncio.gather(job("x", 1), job("y", 1))
        await asyncio.sleep(0.1)
        outer.cancel()
        try:
            await outer
        except asyncio.CancelledError:
            pass
        print("fact:cancel-cancels-children %s | cancelling the gather's future: %s" % (
            events == ["x cancelled", "y cancelled"], events))

        listed = [job("listed", 0), job("listed", 0)]
        try:
            asyncio.gather(listed)
            given_list = "returns"
        except BaseException as error:
            given_list = type(error).__name__
        for coro in listed:
            coro.close()
        print("fact:gather-list %s | gather() given one list of coroutines instead of the coroutines themselves: %s" % (
            given_list, given_list))
        print("fact:gather-result-type %s | await asyncio.gather(...) gave a %s" % (type(results).__name__, type(results).__name__))
        nothing = await asyncio.gather()
        print("fact:gather-empty %s | await asyncio.gather() with no arguments gave %r" % (nothing == [], nothing))


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/gather-result-order", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather, requiring: gatherName + "[^;:]*?" + P.argumentOrder,
                     resultWords + " " + P.words(6) + "(?:" + ClaimCatalogue.negation + " )?" + P.argumentOrder),
            key: "result-order", expected: "arguments",
            "gather returns its results in the order of its arguments (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-completion-order", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather, requiring: gatherName + "[^;:]*?" + P.completionOrder,
                     resultWords + " " + P.words(6) + "(?:" + ClaimCatalogue.negation + " )?" + P.completionOrder),
            key: "result-order", expected: "completion",
            "gather returns its results in the order they complete (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-wraps-tasks", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather,
                     #"(?:(?:is|are|gets?|get) )?(?:wraps?|wrapped|turns?|turned|converts?|converted|schedules?|scheduled|runs?) \#(AwaitingPhrases.words(4))(?:in|into|as) (?:a |an |its own |their own |one )?(?:separate |new |own |distinct )?tasks?\b"#),
            key: "wraps-in-tasks", expected: "true",
            "gather wraps each coroutine in a task of its own (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-creates-tasks", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather,
                     #"(?:creates?|makes?|spawns?) (?:a |one |an? new |new |separate )?tasks? (?:for|per|around|out of|from) (?:each|every|all)\b"#),
            key: "wraps-in-tasks", expected: "true",
            "gather creates a task for each coroutine (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-failure-cancels-others", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGatherItselfCancelled, requiring: P.failure,
                     #"(?:cancels?|cancelled|cancelling|kills?|stops?|aborts?|tears? down) "# + P.others),
            key: "exception-cancels-others", expected: "true",
            "When a child of gather raises, the other children are cancelled (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-failure-cancels-named-sibling", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather + "|" + returnExceptionsOn,
                     #"(?:cancels?|kills?|stops?|aborts?) \{c\d+=(?!gather)[a-z_]\w*(?:\([^}]*\))?\} (?:as soon as|once|when|the moment|right after|after|if) \{c\d+=[a-z_]\w*(?:\([^}]*\))?\} (?:fails|raises|crashes|errors out|throws|blows up)\b"#),
            key: "exception-cancels-others", expected: "true",
            "When one child of gather raises, gather cancels another one it names (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-failure-others-cancelled", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGatherItselfCancelled, requiring: P.failure,
                     P.others + " " + P.words(2) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(2))(?:\#(AwaitingPhrases.cancelled)|killed|stopped|aborted)\b"#),
            key: "exception-cancels-others", expected: "true",
            "When a child of gather raises, the other children are cancelled (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-failure-others-keep-running", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather + "|" + returnExceptionsOn, requiring: P.failure,
                     P.others + " " + P.words(3) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))(?:keep|keeps|continue|continues|go on|goes on|carry on|carries on|stay|stays|remain|remains|are left|is left|run to completion|finish|complete)\b(?: (?:running|executing|going|alive|scheduled|active|in the background))?"#),
            key: "others-keep-running", expected: "true",
            "When a child of gather raises, the other children keep running (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-waits-before-raising", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather + "|" + returnExceptionsOn,
                     #"(?:waits?|blocks?) (?:until|for) (?:all|every|each|the other|the rest|the remaining)\S* "# + P.words(4) + #"(?:before (?:raising|propagating|it raises|re-?raising|throwing|reporting|failing)|even (?:if|when|though) (?:one|a|an|some|any))\b"#),
            key: "waits-for-others-before-raising", expected: "true",
            "gather waits for all its children before raising the first exception (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-first-exception-raised", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather + "|" + returnExceptionsOn,
                     #"(?:raises?|propagates?|re-?raises?|throws?|surfaces?|passes on|hands? (?:you )?) (?:only )?(?:the )?(?:very )?first (?:exception|error|failure)\b"#),
            key: "first-exception-propagates", expected: "true",
            "gather raises the first exception of its children (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-first-exception-propagates", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather + "|" + returnExceptionsOn,
                     #"(?:the )?(?:very )?first (?:exception|error|failure) (?:raised |thrown )?"# + P.words(3) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))(?:propagated|propagates|is raised|gets raised|re-?raised|bubbles? up|surfaces|is passed|gets passed|is thrown|is re-?thrown|reaches)\b"#),
            key: "first-exception-propagates", expected: "true",
            "The first exception of gather's children reaches its awaiter (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-raises-exception-group", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather + "|" + returnExceptionsOn,
                     #"(?:raises?|throws?|propagates?|re-?raises?|gives you|wraps \#(AwaitingPhrases.words(4))in(?:to)?|bundles? \#(AwaitingPhrases.words(4))in(?:to)?|collects? \#(AwaitingPhrases.words(4))in(?:to)?) \#(AwaitingPhrases.words(3))(?:an? |the )?(?:\{c\d+=(?:builtins\.)?(?:base)?exceptiongroup[^}]*\}|(?:base )?exception ?groups?\b)"#),
            key: "error-type", expected: "ExceptionGroup",
            "gather raises an ExceptionGroup of its children's errors (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-return-exceptions-in-list", .api,
            P.clause(about: returnExceptions, keyword: "return_exceptions", avoiding: notGather + #"|false|\bdefault\b|\botherwise\b"#,
                     #"(?:exceptions?|errors?|failures?) (?:are |get |will be |come )?"# + P.words(2) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))(?:returned|included|placed|put|collected|stored|comes? back|shows? up|ends? up|appears?|delivered) \#(AwaitingPhrases.words(3))(?:in|into|inside|as part of|alongside|among|as) (?:the |a |its )?(?:results?|list|return value|values|result list|other results)\b"#),
            key: "return-exceptions-in-list", expected: "true",
            "With return_exceptions=True, gather returns the exceptions in its result list (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-cancel-cancels-children", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather,
                     requiring: gatherCancelled,
                     #"(?:(?:all )?(?:of )?(?:its|the) \#(AwaitingPhrases.words(2))(?:children|child tasks|tasks|coroutines|awaitables)|children|child tasks|(?:every|each) (?:child|task|coroutine))(?: that are| which are)?(?: still)?(?: running| pending| in flight)? (?:are |get |gets |is |will be |too |also |then )*"# + P.words(1) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))\#(AwaitingPhrases.cancelled)"#),
            key: "cancel-cancels-children", expected: "true",
            "Cancelling a gather cancels its children that are still running (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-cancel-cancels-children-active", .api,
            P.clause(about: gatherName, keyword: "gather", avoiding: notGather, requiring: gatherCancelled,
                     #"(?:cancels?|cancelling|propagates (?:the )?cancell?ation (?:to|into)) (?:all |also |too )*(?:of )?(?:its|the|every|each) \#(AwaitingPhrases.words(2))(?:children|child tasks|child|tasks|coroutines|awaitables)\b"#),
            key: "cancel-cancels-children", expected: "true",
            "Cancelling a gather cancels its children that are still running (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-takes-list", .api,
            #"\#(gatherName)\#(BehaviourPhrase.inPhrase) (?:also |happily |just )?\#(BehaviourPhrase.negated)(?:also )?(?:takes?|accepts?|expects?|wants?|can take|can be given) (?:a |one |the )?(?:plain |python )?(?:list|iterable|sequence|collection)(?: of (?:coroutines|awaitables|tasks|futures))?\b(?: (?:directly|as is|as-is|itself|as (?:a|one|its) (?:single |only )?argument)\b)"#,
            key: "gather-list", expected: "returns",
            "gather() takes a list of awaitables as it is (decided by a probe: it wants them unpacked)."),
        BehaviourFamily.Rule("api/gather-refuses-list", .api,
            #"\#(gatherName)\#(BehaviourPhrase.inPhrase) \#(ClaimCatalogue.negation) (?:take|accept|work with|understand) (?:a |one )?(?:plain |python )?list\b"#,
            key: "gather-list", expected: "returns",
            "gather() does not take a list (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-list-raises", .api,
            #"(?:\b(?:passing|giving|handing) (?:it |gather )?(?:a |one )?(?:plain )?list\b\#(BehaviourPhrase.inClause)\#(gatherName)|\#(gatherName)\#(BehaviourPhrase.inClause)\b(?:given|passed|with|called with|on) (?:a |one )?(?:plain )?list\b)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "gather-list", expected: "$v",
            "gather() given a list raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-no-arguments", .api,
            #"\#(gatherName)\#(BehaviourPhrase.inPhrase)\b(?:with |given |called with |and )?no (?:arguments?|args|awaitables|coroutines|tasks)(?: at all)?\b\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|evaluates to|results? in|produces?) (?:an? |the )?(?:empty list|\{c\d+=\[\]\})"#,
            key: "gather-empty", expected: "True",
            "await gather() with no arguments gives an empty list (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-return-exceptions-puts-in-list", .api,
            P.clause(about: returnExceptions, keyword: "return_exceptions", avoiding: notGather + #"|false|\bdefault\b|\botherwise\b|\bwithout\b"#,
                     #"(?:puts?|places?|includes?|stores?|leaves?|returns?) (?:the |any |each |an? )?(?:exception|error|failure)s?(?: objects?| instances?| itself| themselves)? (?:in|into|inside|as part of|among) (?:the |a |its )?(?:results?|list|return value|values|result list)\b"#),
            key: "return-exceptions-in-list", expected: "true",
            "With return_exceptions=True, gather puts the exception objects in the results (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-result-type", .api,
            #"(?:\{c\d+=await(?:asyncio\.)?gather(?:\([^}]*\))?\}|\#(gatherName))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back|evaluates to|resolves to) (?:an? |the )?(?:ordinary |plain |python |single )?(?<v>list|tuple|dict|generator|iterator)\b"#,
            key: "gather-result-type", expected: "$v",
            "await gather() gives a list (decided by a probe)."),
    ])
}
