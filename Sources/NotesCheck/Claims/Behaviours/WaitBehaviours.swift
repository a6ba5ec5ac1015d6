extension Behaviours {
    private typealias W = AwaitingPhrases

    /// `asyncio.wait` in code or in plain words (a bare "wait" is an English verb, never the API).
    private static let waitName = W.code("wait") + #"|\basyncio\.wait\b(?!_)(?:\(\))?"#
    private static let notWait = W.code("gather|as_completed|wait_for|taskgroup|shield|timeout") + #"|\bgather\b|\bas_completed\b|\bwait_for\b|\btask ?groups?\b|\bshield"#
    private static let pendingOnes = #"(?:(?:the |any |all |its |those )?(?:pending|unfinished|remaining|still[- ]running|outstanding|slow|slower) (?:ones?|tasks?|futures?|coroutines?|awaitables?|jobs?)|(?:the |any |all |those )?(?:tasks?|ones|futures|coroutines|awaitables) (?:that are |which are )?(?:left |still )?(?:pending|unfinished))"#

    /// What `asyncio.wait()` returns and what it leaves alone.
    static let wait = BehaviourFamily(name: "wait", cue: #"wait|timeout|first_completed|first_exception"#, program: ProbePrelude.recordedJob + #"""
    async def main():
        tasks = [asyncio.create_task(job("quick", 0.1)), asyncio.create_task(job("slow", 0.3))]
        result = await asyncio.wait(tasks, timeout=0.2)
        shape = "%s of %s" % (type(result).__name__, ", ".join(type(part).__name__ for part in result))
        print("fact:returns-done-pending %s | asyncio.wait() returns a %s" % (
            shape == "tuple of set, set", shape))
        done, pending = result
        print("fact:timeout-raises %s | when the timeout passes first, wait() raises nothing and returns "
              "%d done, %d pending" % ("nothing", len(done), len(pending)))
        print("fact:timeout-cancels-pending %s | the task still pending at the timeout: cancelled()=%s" % (
            tasks[1].cancelled(), tasks[1].cancelled()))
        await asyncio.sleep(0.2)
        print("fact:pending-keep-running %s | after the timeout the pending task goes on: %s" % (
            "slow finished" in events, events))

        tasks = [asyncio.create_task(job("one", 0.1)), asyncio.create_task(job("two", 0.3))]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        print("fact:first-completed-returns-early %s | FIRST_COMPLETED returns with %d done and %d still pending" % (
            len(done) == 1 and len(pending) == 1, len(done), len(pending)))
        await asyncio.wait(pending)

        tasks = [asyncio.create_task(job("ok", 0.1)), asyncio.create_task(job("bad", 0.2, fail=True)),
                 asyncio.create_task(job("late", 0.3))]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        print("fact:first-exception-returns-early %s | FIRST_EXCEPTION returns once one raises: %d done, %d pending" % (
            len(pending) == 1, len(done), len(pending)))
        print("fact:exception-raised %s | a task that raised inside wait() does not raise out of wait(): it is in "
              "done, and its exception() is %r" % ("nothing", tasks[1].exception()))
        await asyncio.wait(pending)

        tasks = [asyncio.create_task(job("first", 0.1)), asyncio.create_task(job("second", 0.2))]
        done, pending = await asyncio.wait(tasks)
        print("fact:default-waits-for-all %s | with no return_when, wait() returns with %d done and %d pending" % (
            not pending, len(done), len(pending)))

        coro = job("bare", 0)
        try:
            await asyncio.wait([coro])
            passed = "accepted"
        except TypeError:
            passed = "TypeError"
        coro.close()
        print("fact:bare-coroutines %s | passing a bare coroutine to wait() in Python 3.11: %s" % (passed, passed))

        try:
            await asyncio.wait(set())
            empty = "returns"
        except BaseException as error:
            empty = type(error).__name__
        print("fact:wait-empty %s | asyncio.wait() given an empty set: %s" % (empty, empty))


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/wait-returns-done-pending", .api,
            W.clause(about: waitName, keyword: #"=(?:asyncio\.)?wait\b|asyncio\.wait\b"#, avoiding: notWait,
                     #"(?:returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back|produces) (?:back )?\#(AwaitingPhrases.words(2))(?:two sets|(?:a |one )?(?:pair|tuple|2-tuple) of (?:two )?sets|sets? of (?:done|finished|completed)|a (?:pair|tuple|2-tuple)(?: of)? \(?(?:done|finished|completed)\b|\{c\d+=\(?done,pending\)?\}|(?:the )?(?:done|finished|completed) (?:and|\+) (?:the )?(?:pending|unfinished)\b)"#),
            key: "returns-done-pending", expected: "true",
            "asyncio.wait() returns a pair of sets, the done and the pending (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-returns-results", .api,
            W.clause(about: waitName, keyword: #"=(?:asyncio\.)?wait\b|asyncio\.wait\b"#, avoiding: notWait + #"|\bsets?\b|\bdone\b|\bpending\b"#,
                     #"(?:returns?|gives? (?:you )?back|hands? (?:you )?back) (?:a list of |the |their |all the |all of the )?(?:results|return values)\b"#),
            key: "returns-done-pending", expected: "false",
            "asyncio.wait() returns the results themselves (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-raises-on-timeout", .api,
            W.clause(about: waitName, keyword: #"=(?:asyncio\.)?wait\b|asyncio\.wait\b"#, avoiding: notWait,
                     #"(?:raises?|throws?) (?:an? |the )?\#(AwaitingPhrases.words(1))(?:"# + W.exception("timeouterror") + #"|timeout ?error\b|(?:an )?exception (?:on|when|if|once|after) (?:the |a )?time ?out)"#),
            key: "timeout-raises", expected: "TimeoutError",
            "asyncio.wait() raises TimeoutError when its timeout passes (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-cancels-pending", .api,
            W.clause(about: waitName, keyword: #"=(?:asyncio\.)?wait\b|asyncio\.wait\b"#, avoiding: notWait + #"|\b(?:you|we|yourself|ourselves|must|have to|need to|should|manually|explicitly)\b"#,
                     #"(?:cancels?|kills?|stops?) "# + pendingOnes),
            key: "timeout-cancels-pending", expected: "true",
            "asyncio.wait() cancels the tasks still pending when it returns (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-pending-cancelled", .api,
            W.clause(about: waitName, keyword: #"=(?:asyncio\.)?wait\b|asyncio\.wait\b"#, avoiding: notWait + #"|\b(?:you|we|yourself|ourselves|must|have to|need to|should|manually|explicitly|until)\b"#,
                     pendingOnes + " " + W.words(3) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))\#(AwaitingPhrases.cancelled)"#),
            key: "timeout-cancels-pending", expected: "true",
            "The tasks asyncio.wait() leaves pending are cancelled (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-pending-keep-running", .api,
            W.clause(about: waitName + #"|\btimeout\b"#, keyword: #"wait|timeout"#, avoiding: notWait + #"|\buntil\b"#,
                     pendingOnes + #"(?: at the timeout| after the timeout| left over)? "# + W.words(3) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))(?:keep|keeps|continue|continues|go on|goes on|carry on|stay|stays|remain|remains|are left|is left) \#(AwaitingPhrases.words(1))(?:running|going|alive|scheduled|active)\b"#),
            key: "pending-keep-running", expected: "true",
            "The tasks asyncio.wait() leaves pending keep running (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-first-completed", .api,
            W.clause(about: #"first_completed"#, keyword: "first_completed", avoiding: notWait,
                     #"(?:returns?|wakes? up|comes? back|stops waiting|resumes) \#(AwaitingPhrases.words(2))(?:as soon as|when|once|the moment|right after|after) \#(AwaitingPhrases.words(1))(?:any|one|a single|the first|at least one|either)(?: one)?(?: of (?:the|them|its))?(?: \w+)? \#(AwaitingPhrases.words(1))(?:finish|finishes|finished|completes|complete|completed|is done|are done|ends|resolves|done)\b"#),
            key: "first-completed-returns-early", expected: "true",
            "With FIRST_COMPLETED, asyncio.wait() returns when any one awaitable is done (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-first-completed-waits-all", .api,
            W.clause(about: #"first_completed"#, keyword: "first_completed", avoiding: notWait,
                     #"(?:waits?|blocks?) \#(AwaitingPhrases.words(1))(?:for|until) (?:all|every|each)\b"#),
            key: "first-completed-returns-early", expected: "false",
            "With FIRST_COMPLETED, asyncio.wait() waits for every awaitable (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-first-exception", .api,
            W.clause(about: #"first_exception"#, keyword: "first_exception", avoiding: notWait,
                     #"(?:returns?|wakes? up|comes? back|stops waiting|resumes) \#(AwaitingPhrases.words(2))(?:as soon as|when|once|the moment|right after|after) \#(AwaitingPhrases.words(3))(?:raises|fails|throws|errors|raised|failed|errored)\b"#),
            key: "first-exception-returns-early", expected: "true",
            "With FIRST_EXCEPTION, asyncio.wait() returns when any awaitable raises (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-default-all", .api,
            W.clause(about: waitName, keyword: #"=(?:asyncio\.)?wait\b|asyncio\.wait\b"#, avoiding: notWait + #"|timeout|first_|return_when"#, requiring: #"\bdefault\b|all_completed"#,
                     #"(?:waits?|returns?|blocks?) \#(AwaitingPhrases.words(2))(?:for|until|when|once|after) (?:all|every|each)\b"#),
            key: "default-waits-for-all", expected: "true",
            "By default asyncio.wait() returns when every awaitable is done (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-accepts-coroutines", .api,
            W.clause(about: waitName, keyword: #"=(?:asyncio\.)?wait\b|asyncio\.wait\b"#, avoiding: notWait + #"|wrap|create_task|ensure_future"#,
                     #"(?:can|may|could)(?<neg>not|'t| not| no longer)? (?:still |also |just |safely )?(?:pass|hand|give|feed|use|send)(?: it)? (?:bare |plain |raw |naked |unwrapped )?coroutines?(?: objects)? (?:directly )?(?:to|in|into|with)\b"#),
            key: "bare-coroutines", expected: "accepted",
            "asyncio.wait() accepts bare coroutines (decided by a probe: Python 3.11 refuses them)."),
        BehaviourFamily.Rule("api/wait-coroutines-warn", .api,
            W.clause(about: waitName, keyword: #"=(?:asyncio\.)?wait\b|asyncio\.wait\b"#, avoiding: notWait + #"|3\.(?:[0-9]\b|10\b)|\b(?:older|earlier|used to|previously|before|since|until|wrap)\b"#,
                     requiring: #"\bcoroutines?\b"#,
                     #"(?:only |just |merely |simply )?(?:emits?|gives?|issues?|raises?|prints?|shows?|triggers?|logs?) (?:an? |the )?(?:deprecation ?warning|\{c\d+=deprecationwarning\}|warning)|(?:only |just |merely |simply )?warns\b|(?:still )?works? (?:fine|but|with a warning)"#),
            key: "bare-coroutines", expected: "accepted",
            "Passing bare coroutines to asyncio.wait() only warns (decided by a probe: Python 3.11 refuses them)."),
        BehaviourFamily.Rule("api/wait-coroutines-raise", .api,
            W.clause(about: waitName, keyword: #"=(?:asyncio\.)?wait\b|asyncio\.wait\b"#, avoiding: notWait, requiring: #"\bcoroutines?\b"#,
                     #"(?:raises?|throws?|fails? with|gives? you) (?:an? )?(?:"# + W.exception("typeerror") + #"|type ?error\b)"#),
            key: "bare-coroutines", expected: "TypeError",
            "Passing bare coroutines to asyncio.wait() raises the named error (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-empty-raises", .api,
            #"^(?=\#(BehaviourPhrase.inSentence)(?:\#(waitName)))(?=\#(BehaviourPhrase.inSentence)(?:\bempty (?:set|list|iterable|collection|sequence|container)\b|\{c\d+=[^}]*wait\((?:set\(\)|\[\]|\(\))\)\})).*?\b\#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "wait-empty", expected: "$v",
            "asyncio.wait() given an empty collection raises the named exception (decided by a probe)."),
    ])
}
