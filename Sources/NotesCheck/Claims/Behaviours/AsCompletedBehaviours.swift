extension Behaviours {
    private typealias A = AwaitingPhrases

    private static let asCompletedName = A.named("as_completed")
    private static let notAsCompleted = A.code("gather|wait|taskgroup|shield|wait_for") + #"|\bgather\b|\btask ?groups?\b|\bwait_for\b"#
    private static let yieldWords = #"(?:yields?|yielded|gives?|returns?|produces?|hands?|results?|values|futures|awaitables|comes? back|come out|iterates?|iterating|loops?|get them|you get)"#

    /// What `asyncio.as_completed()` yields, in which order, and what its timeout does.
    static let asCompleted = BehaviourFamily(name: "as-completed", cue: #"as_completed"#, program: #"""
    import asyncio


    async def job(name, delay):
        await asyncio.sleep(delay)
        return name


    async def main():
        tasks = [asyncio.create_task(job("slow", 0.3)), asyncio.create_task(job("fast", 0.1)),
                 asyncio.create_task(job("middle", 0.2))]
        order = []
        yielded = []
        for next_done in asyncio.as_completed(tasks):
            yielded.append(next_done)
            order.append(await next_done)
        print("fact:yield-order %s | as_completed() over (slow 0.3 s, fast 0.1 s, middle 0.2 s) gives %s" % (
            "completion" if order == ["fast", "middle", "slow"] else "arguments", order))
        originals = any(item is task for item in yielded for task in tasks)
        print("fact:yields-originals %s | what it yields is one of the tasks passed in: %s; each is a %s" % (
            originals, originals, type(yielded[0]).__name__))
        print("fact:yields-coroutines %s | each item it yields is a coroutine to await: %s" % (
            asyncio.iscoroutine(yielded[0]), asyncio.iscoroutine(yielded[0])))

        slow = asyncio.create_task(job("late", 0.3))
        try:
            for next_done in asyncio.as_completed([slow], timeout=0.1):
                await next_done
            raised = "nothing"
        except BaseException as error:
            raised = "TimeoutError" if isinstance(error, TimeoutError) else type(error).__name__
        print("fact:timeout-raises %s | when the timeout passes before the rest are done, awaiting the next item "
              "raises %s" % (raised, raised))
        print("fact:timeout-cancels-remaining %s | the task still running at the timeout: cancelled()=%s" % (
            slow.cancelled(), slow.cancelled()))
        await slow


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/as-completed-completion-order", .api,
            A.clause(about: asCompletedName, keyword: "as_completed", avoiding: notAsCompleted,
                     requiring: asCompletedName + "[^;:]*?" + A.completionOrder,
                     yieldWords + " " + A.words(6) + "(?:" + ClaimCatalogue.negation + " )?" + A.completionOrder),
            key: "yield-order", expected: "completion",
            "as_completed yields in the order the awaitables complete (decided by a probe)."),
        BehaviourFamily.Rule("api/as-completed-argument-order", .api,
            A.clause(about: asCompletedName, keyword: "as_completed", avoiding: notAsCompleted,
                     requiring: asCompletedName + "[^;:]*?" + A.argumentOrder,
                     yieldWords + " " + A.words(6) + "(?:" + ClaimCatalogue.negation + " )?" + A.argumentOrder),
            key: "yield-order", expected: "arguments",
            "as_completed yields in the order the awaitables were passed (decided by a probe)."),
        BehaviourFamily.Rule("api/as-completed-yields-originals", .api,
            A.clause(about: asCompletedName, keyword: "as_completed", avoiding: notAsCompleted,
                     #"(?:yields?|returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back|produces?) \#(AwaitingPhrases.words(2))(?:the )?(?:very |exact |same |original )+\#(AwaitingPhrases.words(2))(?:objects?|coroutines?|tasks?|futures?|awaitables?)\b(?! (?:results?|values?))"#),
            key: "yields-originals", expected: "true",
            "as_completed yields the very objects it was given (decided by a probe)."),
        BehaviourFamily.Rule("api/as-completed-yielded-are-originals", .api,
            A.clause(about: asCompletedName, keyword: "as_completed", avoiding: notAsCompleted,
                     #"(?:objects?|items?|things?|values?|what|awaitables?|futures?) (?:that )?(?:it |as_completed |\{c\d+=[^}]*as_completed[^}]*\} )?(?:yields|returns|gives(?: you| back)?|hands back|produces) (?:are|is)(?: (?<neg>not|never))? (?:just |simply )?(?:the )?(?:very |exact |same |original )+"#),
            key: "yields-originals", expected: "true",
            "What as_completed yields are the very objects it was given (decided by a probe)."),
        BehaviourFamily.Rule("api/as-completed-yields-new", .api,
            A.clause(about: asCompletedName, keyword: "as_completed", avoiding: notAsCompleted,
                     #"(?:yields?|returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back|produces?) \#(AwaitingPhrases.words(1))(?:new|fresh|different|wrapper|wrapping|proxy|its own)\b"#),
            key: "yields-originals", expected: "false",
            "as_completed yields new awaitables, not the ones it was given (decided by a probe)."),
        BehaviourFamily.Rule("api/as-completed-timeout-raises", .api,
            A.clause(about: asCompletedName, keyword: "as_completed", avoiding: notAsCompleted + #"|\binside\b|\bsees?\b|\breceives?\b"#,
                     #"(?:raises?|throws?) (?:an? |the )?\#(AwaitingPhrases.words(1))"# + A.exception("timeouterror|cancellederror")),
            key: "timeout-raises", expected: "$v",
            "When as_completed's timeout passes, the next await raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/as-completed-timeout-cancels", .api,
            A.clause(about: asCompletedName, keyword: "as_completed", avoiding: notAsCompleted + #"|\b(?:you|we|yourself|must|have to|need to|should|manually|explicitly|until)\b"#,
                     requiring: #"\btime ?outs?\b|\bdeadline\b|\btimed out\b"#,
                     #"(?:cancels?|kills?|stops?) "# + A.others),
            key: "timeout-cancels-remaining", expected: "true",
            "When as_completed's timeout passes, it cancels the awaitables still running (decided by a probe)."),
    ])
}
