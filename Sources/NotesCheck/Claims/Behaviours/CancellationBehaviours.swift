extension Behaviours {
    /// What `Task.cancel()` does: a request delivered at the task's next suspension, not a kill.
    static let cancellation = BehaviourFamily(name: "cancellation", cue: #"cancel|finally|cleanup"#, program: #"""
    import asyncio


    async def sleeper(log):
        try:
            log.append("started")
            await asyncio.sleep(10)
            log.append("slept")
        except asyncio.CancelledError:
            log.append("CancelledError")
            raise
        finally:
            log.append("finally")


    async def swallower():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"


    async def broad_except(log):
        try:
            await asyncio.sleep(10)
        except Exception:
            log.append("caught by except Exception")


    async def main():
        log = []
        task = asyncio.create_task(sleeper(log))
        await asyncio.sleep(0)
        returned = task.cancel()
        done_after = task.done()
        cancelled_after = task.cancelled()
        log_after = list(log)
        print("fact:cancel-stops-at-once %s | right after cancel(), done() is %s and the task's log is %s" % (
            done_after, done_after, log_after))
        print("fact:cancelled-right-after-cancel %s | right after cancel() returned, cancelled() is %s" % (
            cancelled_after, cancelled_after))
        try:
            await task
            awaited = "returns"
        except asyncio.CancelledError:
            awaited = "CancelledError"
        print("fact:await-cancelled-task %s | awaiting the cancelled task: %s" % (awaited, awaited))
        print("fact:cancel-raises-at-await %s | the task logged %s: CancelledError came out of its pending await" % (
            "CancelledError" in log, log))
        print("fact:finally-runs-on-cancel %s | the cancelled task's finally block ran: %s" % (
            "finally" in log, "finally" in log))
        print("fact:cancel-pending-returns %s | cancel() on a pending task returned %s" % (returned, returned))
        again = task.cancel()
        print("fact:cancel-done-returns %s | cancel() on a task that is already done returned %s" % (again, again))
        print("fact:cancelled-after-cancel %s | after the cancellation went through, cancelled() is %s" % (
            task.cancelled(), task.cancelled()))
        early = []
        unstarted = asyncio.create_task(sleeper(early))
        unstarted.cancel()
        try:
            await unstarted
        except asyncio.CancelledError:
            pass
        print("fact:cancelled-before-start-runs %s | a task cancelled before its first step logged %s" % (
            bool(early), early))
        caught = asyncio.create_task(swallower())
        await asyncio.sleep(0)
        caught.cancel()
        value = await caught
        print("fact:swallowed-cancel-cancelled %s | a coroutine that caught CancelledError and returned %r: cancelled() is %s" % (
            caught.cancelled(), value, caught.cancelled()))
        unawaited = []
        dropped = asyncio.create_task(sleeper(unawaited))
        await asyncio.sleep(0)
        dropped.cancel()
        await asyncio.sleep(0)
        print("fact:finally-runs-without-await %s | a task cancelled and never awaited ran its finally one loop step later: %s" % (
            "finally" in unawaited, "finally" in unawaited))
        broad = []
        guarded = asyncio.create_task(broad_except(broad))
        await asyncio.sleep(0)
        guarded.cancel()
        try:
            await guarded
        except asyncio.CancelledError:
            pass
        print("fact:except-exception-catches-cancel %s | a coroutine waiting inside try/except Exception was cancelled; the handler ran: %s" % (
            bool(broad), bool(broad)))
        counted = asyncio.create_task(swallower())
        await asyncio.sleep(0)
        counted.cancel()
        requests = counted.cancelling()
        left = counted.uncancel()
        print("fact:cancelling-counts %s | after one cancel(), cancelling() is %s; uncancel() returns %s" % (
            requests == 1 and left == 0, requests, left))
        await counted


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/cancel-stops-at-once", .api,
            #"(?:\#(cancelCall)|\bcancell?ing (?:a |the |an? )?(?:running )?task)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:(?:stop|kill|terminate|interrupt|abort|halt|end)s? (?:the |a |that |this |your |it|them)?(?:running )?(?:task|coroutine|job|worker)?s? ?(?:dead |in its tracks )?\#(BehaviourPhrase.atOnce)|\#(BehaviourPhrase.atOnce) (?:stop|kill|terminate|interrupt|abort|halt|end)s?)\b"#,
            key: "cancel-stops-at-once", expected: "True",
            "cancel() stops the task on the spot (decided by a probe: it only requests cancellation)."),
        BehaviourFamily.Rule("api/cancel-is-a-request", .api,
            #"(?:\#(cancelCall)|\bcancell?ing (?:a |the )?task)\#(BehaviourPhrase.inClause) (?:is |does )?(?:only |merely |just |simply |nothing more than )+(?:a request|requests?|asks?(?: for)?|schedules?|flags?|marks?)\b"#,
            key: "cancel-stops-at-once", expected: "False",
            "cancel() only requests cancellation (decided by a probe)."),
        BehaviourFamily.Rule("api/cancelled-error-at-await", .api,
            #"(?:\#(BehaviourPhrase.type("cancellederror"))|\b(?:it|the cancell?ation|the request))\#(BehaviourPhrase.inClause) (?:is |gets |will be |are )?\#(BehaviourPhrase.negated)(?:raised|thrown|delivered|injected|sees?|receives?|gets?)\#(BehaviourPhrase.inClause) (?:at|on|into|from|in|inside) (?:the |its |their |a |that )?(?:next |current |pending |first )?\#(suspensionPoint)|\b(?:the )?(?:task|coroutine) (?:sees|receives|gets|notices|learns about) (?:it|the cancell?ation|the request|\#(BehaviourPhrase.type("cancellederror"))) (?:only )?(?:at|on) (?:its|the) next \#(suspensionPoint)"#,
            key: "cancel-raises-at-await", expected: "True",
            "CancelledError is raised inside the task at the await where it is suspended (decided by a probe)."),
        BehaviourFamily.Rule("api/finally-runs-on-cancel", .api,
            #"\#(finallyBlock) \#(ClaimCatalogue.beVerb)?\#(BehaviourPhrase.negated)(?:ever |even )?(?:runs?|executes?|executed|run|gets? (?:a chance )?to run|is run|are run)\b\#(BehaviourPhrase.inClause) (?:when|if|once|after|on|even if|even when|as) (?:a |the |its |their |your )?(?:[\w-]+ )?(?:tasks?|coroutines?) (?:is |are |gets |get |was |were |has been )?cancell?ed\b"#,
            key: "finally-runs-on-cancel", expected: "True",
            "A cancelled task still runs its finally blocks (decided by a probe)."),
        BehaviourFamily.Rule("api/cancel-always-true", .api,
            #"\#(cancelCall) (?:always|invariably) returns? (?:\{c\d+=)?true\b"#,
            key: "cancel-done-returns", expected: "True",
            "cancel() always returns True (decided by a probe: it returns False on a finished task)."),
        BehaviourFamily.Rule("api/cancel-on-done-returns", .api,
            #"(?:already|is|has) (?:been )?(?:done|finished|completed|complete|over)\b\#(BehaviourPhrase.inClause)\#(cancelCall)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?) (?:\{c\d+=)?(?<v>true|false)\b"#,
            key: "cancel-done-returns", expected: "$v",
            "On a task that is already done, cancel() returns the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/cancel-returns-on-done", .api,
            #"\#(cancelCall)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?) (?:\{c\d+=)?(?<v>true|false)\}? (?:\w+ )?(?:on|for|if|when|once) (?:a |the |an )?(?:task |future )?(?:that |which )?(?:is |has )?(?:already )?(?:been )?(?:done|finished|completed|complete|over)\b"#,
            key: "cancel-done-returns", expected: "$v",
            "cancel() returns the stated value on a task that is already done (decided by a probe)."),
        BehaviourFamily.Rule("api/cancel-on-pending-returns", .api,
            #"\#(cancelCall)\#(BehaviourPhrase.inClause) (?:itself )?(?:returns?|gives?) (?:\{c\d+=)?(?<v>true|false)\}?\#(BehaviourPhrase.inClause) (?:if|when|because|since|as long as|while|as) (?:the |a |that )?(?:task |future )?(?:was |is |were )?(?:still )?(?:pending|running|not (?:yet )?(?:done|finished))\b"#,
            key: "cancel-pending-returns", expected: "$v",
            "cancel() on a pending task returns the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/cancelled-after-cancel", .api,
            #"^(?!.*\b(?:catch|catches|caught|swallow|swallows|swallowed|ignores|ignored|suppress|suppresses|suppressed|handles|handled)\b).*?(?:cancell?ation (?:has )?(?:gone through|completed|finished|taken effect|been delivered)|(?:has been|is|was|got|gets) (?:successfully )?cancell?ed)\b\#(BehaviourPhrase.inClause)\#(BehaviourPhrase.method("cancelled")) (?:\#(ClaimCatalogue.adverbs))(?:is|returns?|reports?|gives|becomes|will be|will return) (?:\{c\d+=)?(?<v>true|false)\b"#,
            key: "cancelled-after-cancel", expected: "$v",
            "After a cancellation went through, cancelled() reads the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/swallowed-cancel-cancelled", .api,
            #"\b(?:catch|catches|caught|swallow|swallows|swallowed|ignores|ignored|suppress|suppresses|suppressed|handles|handled|absorbs|absorbed)\b\#(BehaviourPhrase.inClause)(?:\#(BehaviourPhrase.type("cancellederror"))|cancell?ation)\#(BehaviourPhrase.inSentence)\#(BehaviourPhrase.method("cancelled")) (?:\#(ClaimCatalogue.adverbs))(?:is|returns?|reports?|gives|becomes|will be|stays|remains|will return) (?:\#(ClaimCatalogue.adverbs))(?:\{c\d+=)?(?<v>true|false)\b"#,
            key: "swallowed-cancel-cancelled", expected: "$v",
            "A task whose coroutine caught CancelledError and returned reads cancelled() as the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/cancelled-before-start-runs", .api,
            #"\bcancell?ed (?:before|prior to) (?:its first step|it (?:has |had |ever )*(?:starts?|started|begins?|began|runs?|ran|got (?:a chance )?to run|gets (?:a chance )?to run)|(?:it )?(?:ever )?(?:starting|running|being scheduled))\b\#(BehaviourPhrase.inClause) (?:still |even |always |will |would |does |did )*\#(BehaviourPhrase.negated)(?:ever )?(?:runs?|executes?|execute|starts?|enters?|gets? to run)(?: (?:any|some|part|any part|all) of)? (?:its|the|their) (?:body|code|coroutine|first line|first step)"#,
            key: "cancelled-before-start-runs", expected: "True",
            "A task cancelled before its first step runs (some of) its body (decided by a probe: it runs none of it)."),
        BehaviourFamily.Rule("api/cancelling-counts", .api,
            #"\#(BehaviourPhrase.method("cancelling")) \#(BehaviourPhrase.negated)(?:counts|returns|gives|reports|tracks|is) (?:the (?:number|count) of )?\#(BehaviourPhrase.inClause)(?:cancell?ation )?requests\b"#,
            key: "cancelling-counts", expected: "True",
            "cancelling() counts the pending cancellation requests (decided by a probe)."),
        BehaviourFamily.Rule("api/uncancel-decrements", .api,
            #"\#(BehaviourPhrase.method("uncancel")) \#(BehaviourPhrase.negated)(?:decrements|decreases|lowers|reduces|takes (?:one|a request|a cancell?ation(?: request)?) back|removes one|withdraws one|undoes one)"#,
            key: "cancelling-counts", expected: "True",
            "uncancel() takes back one cancellation request (decided by a probe)."),
        BehaviourFamily.Rule("api/cancelled-right-after-cancel", .api,
            #"\#(BehaviourPhrase.method("cancelled"))\#(BehaviourPhrase.inClause) (?:\#(ClaimCatalogue.adverbs))\#(BehaviourPhrase.negated)(?:is|returns?|reports?|becomes|gives|will be|flips to) (?:\{c\d+=)?(?<v>true|false)\}? (?:right|immediately|directly|straight) (?:after|once|when)\#(BehaviourPhrase.inClause)(?:\#(cancelCall)|\bcancel\b)"#,
            key: "cancelled-right-after-cancel", expected: "$v",
            "Right after cancel() returns, cancelled() reads the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/await-cancelled-task", .api,
            #"\bawait(?:ing)? (?:a |the |an? )?(?:task that (?:was|has been|got) cancell?ed|cancell?ed task)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|re-?raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "await-cancelled-task", expected: "$v",
            "Awaiting a cancelled task raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/except-exception-catches-cancel", .api,
            #"(?:\{c\d+=exceptexception(?:ase)?:?\}|\bexcept exception\b)\#(BehaviourPhrase.inClause) (?:\#(ClaimCatalogue.beVerb))?\#(BehaviourPhrase.negated)(?:catch(?:es)?|swallows?|traps?|intercepts?|handles?|stops?|blocks?|eats)(?: also)? (?:the |a |any )?\#(BehaviourPhrase.type("cancellederror"))"#,
            key: "except-exception-catches-cancel", expected: "True",
            "except Exception catches CancelledError (decided by a probe: CancelledError is a BaseException)."),
        BehaviourFamily.Rule("api/right-after-cancel-cancelled", .api,
            #"\b(?:right|immediately|directly|straight) after (?:calling )?\#(cancelCall)(?: returns)?,? \#(BehaviourPhrase.method("cancelled")) (?:\#(ClaimCatalogue.adverbs))\#(BehaviourPhrase.negated)(?:\#(ClaimCatalogue.adverbs))(?:is|returns?|reports?|gives|will be) (?:\#(ClaimCatalogue.adverbs))(?:\{c\d+=)?(?<v>true|false)\b"#,
            key: "cancelled-right-after-cancel", expected: "$v",
            "Right after cancel(), cancelled() reads the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/task-terminated-when-cancel-called", .api,
            #"\b(?:the moment|as soon as|once|when|the instant) (?:you |we |someone )?(?:call |calls |invoke )?\#(cancelCall)(?: is called| gets called| returns)?,? (?:the )?(?:task|coroutine|job|worker) \#(BehaviourPhrase.negated)(?:is|gets) (?:immediately |instantly |already )?(?:terminated|killed|stopped|aborted|interrupted|dead|gone|destroyed)\b"#,
            key: "cancel-stops-at-once", expected: "True",
            "The task is terminated the moment cancel() is called (decided by a probe: it only requests cancellation)."),
        BehaviourFamily.Rule("api/cancelled-tasks-run-finally", .api,
            #"\bcancell?ed (?:tasks?|coroutines?) \#(BehaviourPhrase.negated)(?:ever )?(?:executes?|runs?|gets? to run|reach(?:es)?) (?:their|its|the) \#(finallyBlock)"#,
            key: "finally-runs-on-cancel", expected: "True",
            "Cancelled tasks run their finally blocks (decided by a probe)."),
        BehaviourFamily.Rule("api/cancel-returns-none", .api,
            #"\#(cancelCall)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives back) (?:\{c\d+=)?(?<v>none)(?:\}|\b)"#,
            key: "cancel-pending-returns", expected: "$v",
            "cancel() returns None (decided by a probe: True on a pending task)."),
        BehaviourFamily.Rule("api/finally-needs-await", .api,
            #"\b(?:never|not|n't|without) await(?:ed|ing|s)?\b\#(BehaviourPhrase.inSentence) \#(finallyBlock)\#(BehaviourPhrase.inPhrase) (?:would |will |could |does |did )?\#(BehaviourPhrase.negated)(?:have )?(?:get to |gets to |got to |ever )?(?:run|runs|execute|executes|executed|been run|been executed)\b"#,
            key: "finally-runs-without-await", expected: "True",
            "A cancelled task's finally runs even if nobody awaits the task (decided by a probe)."),
        BehaviourFamily.Rule("api/must-await-for-finally", .api,
            #"\b(?:must|need to|needs to|have to|has to) \#(BehaviourPhrase.negated)await (?:the |a |your )?(?:cancell?ed )?(?:task|\{c\d+=[^}]*\})\#(BehaviourPhrase.inClause)\b(?:for|so that|or|otherwise|before) (?:its |the )?(?:\{c\d+=finally:?\}|finally|cleanup)(?: blocks?| clauses?| code)? (?:to |will |can |would )?(?:never )?(?:run|runs|execute|executes)\b"#,
            key: "finally-runs-without-await", expected: "False",
            "A cancelled task must be awaited for its finally to run (decided by a probe: it runs anyway)."),
        BehaviourFamily.Rule("api/cancel-on-pending-object-returns", .api,
            #"\#(cancelCall)\#(BehaviourPhrase.inClause) (?:on|of|for) (?:a |an |the )?(?:pending|running|unfinished|not[- ]yet[- ]done|still[- ]running) (?:future|task)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?) (?:\{c\d+=)?(?<v>true|false)\b"#,
            key: "cancel-pending-returns", expected: "$v",
            "cancel() on a pending future or task returns the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/except-exception-swallows-cancellation", .api,
            #"(?:\{c\d+=exceptexception(?:ase)?:?\}|\bexcept exception\b)\#(BehaviourPhrase.inClause) (?:\#(ClaimCatalogue.beVerb))?\#(BehaviourPhrase.negated)(?:catch(?:es)?|swallows?|traps?|intercepts?|eats) (?:the |a |any )?cancell?ations?\b"#,
            key: "except-exception-catches-cancel", expected: "True",
            "except Exception swallows a cancellation (decided by a probe: CancelledError is a BaseException)."),
    ])

    /// A code span calling `cancel()` on anything: `task.cancel()`, `cancel()`, `t.cancel(msg)`.
    private static let cancelCall = BehaviourPhrase.method("cancel")

    /// `await`, "its next await", "the suspension point".
    private static let suspensionPoint = #"(?:\{c\d+=await[^}]*\}|await\b|suspension point|point where it (?:is )?(?:suspended|waits|waiting))"#

    /// "`finally` blocks", "the finally clause", "its `finally` block".
    static let finallyBlock = #"(?:the |its |their |a |any )?(?:\{c\d+=finally:?\}|finally)(?: blocks?| clauses?| code| handlers?)?"#
}
