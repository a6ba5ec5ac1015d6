extension Behaviours {
    /// `async for` over an async generator, async comprehensions, and when a generator left early runs its
    /// `finally`.
    static let asyncIteration = BehaviourFamily(name: "async-iteration", cue: #"async for|asyncfor|generator|aclose|comprehension|\bbreak"#, program: #"""
    import asyncio


    async def numbers(count, log):
        try:
            for i in range(count):
                log.append("produce %d" % i)
                yield i
                await asyncio.sleep(0.01)
        finally:
            log.append("finally")


    async def whose_task(log):
        log.append(asyncio.current_task())
        yield 1


    async def consume(log):
        async for number in numbers(3, log):
            log.append("start %d" % number)
            await asyncio.sleep(0.01)
            log.append("end %d" % number)


    async def break_early(log):
        async for number in numbers(3, log):
            if number == 1:
                break
        log.append("after break")
        await asyncio.sleep(0)


    async def main(left):
        loop = asyncio.get_running_loop()
        log = []
        await consume(log)
        one_at_a_time = log.index("end 0") < log.index("produce 1") and log.index("end 1") < log.index("produce 2")
        print("fact:async-for-one-at-a-time %s | the body for item 0 ended before item 1 was produced: %s" % (
            one_at_a_time, one_at_a_time))
        tasks = []
        async for _ in whose_task(tasks):
            pass
        own = tasks[0] is not asyncio.current_task()
        print("fact:generator-own-task %s | the generator's body ran in a task of its own: %s (it ran in the consumer's task)" % (
            own, own))
        try:
            async for _ in [1, 2]:
                pass
            plain = "works"
        except TypeError:
            plain = "TypeError"
        print("fact:async-for-over-plain-iterable %s | async for over a plain list: %s" % (plain, plain))
        generator = numbers(1, [])
        try:
            for _ in generator:
                pass
            plain_for = "works"
        except TypeError:
            plain_for = "TypeError"
        print("fact:for-over-async-generator %s | a plain for loop over an async generator: %s" % (plain_for, plain_for))
        await break_early(left)
        at_break = left.index("after break")
        print("fact:break-runs-finally-at-once %s | right after the break, the generator's finally had run: %s" % (
            "finally" in left[:at_break], "finally" in left[:at_break]))
        log = []
        started = loop.time()
        values = [n async for n in numbers(3, log)]
        took = loop.time() - started
        print("fact:async-comprehension-one-at-a-time %s | [n async for n in numbers(3)] gave %s; each item was produced after the previous one's sleep: %s" % (
            took >= 0.02, values, took >= 0.02))
        log = []
        closing = numbers(3, log)
        await closing.__anext__()
        await closing.aclose()
        print("fact:aclose-runs-finally %s | aclose() on a suspended async generator ran its finally: %s" % (
            "finally" in log, "finally" in log))


    left_by_break = []
    asyncio.run(main(left_by_break))
    print("fact:finally-runs-by-shutdown %s | the generator left by break ran its finally before asyncio.run() returned: %s" % (
        "finally" in left_by_break, "finally" in left_by_break))
    """#, rules: [
        BehaviourFamily.Rule("api/async-for-concurrent", .api,
            #"\#(asyncFor)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:process(?:es)?|handles?|runs?|iterates?(?: over)?|consumes?|awaits?|fetches|fetch|executes?|goes through|go through)\b\#(BehaviourPhrase.inClause) (?:concurrently|in parallel|at the same time|simultaneously|all at once)\b"#,
            key: "async-for-one-at-a-time", expected: "False",
            "async for handles its items concurrently (decided by a probe: one at a time)."),
        BehaviourFamily.Rule("api/async-for-one-at-a-time", .api,
            #"\#(asyncFor)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:process(?:es)?|handles?|runs?|iterates?(?: over)?|consumes?|takes?|gets?|deals with|deal with|awaits?|goes through|go through|steps through)(?: (?:(?:the|its|their|all) )?(?:items?|values?|elements?|results?|iterations?))?(?: them)? (?:strictly |still )?(?:one (?:item|value|element|result) at a time|one at a time|one by one|one after (?:the )?(?:other|another)|sequentially|in sequence|serially)\b"#,
            key: "async-for-one-at-a-time", expected: "True",
            "async for handles one item at a time (decided by a probe)."),
        BehaviourFamily.Rule("api/break-runs-generator-finally", .api,
            #"(?:\{c\d+=break\}|\bbreak(?:ing|s)?)(?: out)?(?: of)? (?:the |an |its |that )?(?:\#(asyncFor)|loop)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:\#(BehaviourPhrase.atOnce) \#(finalizes)\b\#(BehaviourPhrase.inClause)\#(generatorCleanup)|\#(finalizes)\b\#(BehaviourPhrase.inClause)\#(generatorCleanup)\#(BehaviourPhrase.inClause)\#(BehaviourPhrase.atOnce))"#,
            key: "break-runs-finally-at-once", expected: "True",
            "Breaking out of async for runs the generator's finally at once (decided by a probe: it runs later)."),
        BehaviourFamily.Rule("api/generator-finally-at-break", .api,
            #"\#(finallyBlock) (?:of the (?:async )?generator )?\#(ClaimCatalogue.beVerb)?\#(BehaviourPhrase.negated)(?:runs?|executes?|is run|is executed|gets run)(?: \#(BehaviourPhrase.atOnce))? (?:when|as soon as|the moment|right when|once) (?:you |we |the loop |the consumer )?(?:break|breaks|exit the loop|leave the loop|breaks out)"#,
            key: "break-runs-finally-at-once", expected: "True",
            "A generator's finally runs when the loop over it breaks (decided by a probe: it runs later)."),
        BehaviourFamily.Rule("api/generator-finally-by-shutdown", .api,
            #"\bgenerator(?:'s)? \#(finallyBlock)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:still |eventually |always )*(?:runs?|executes?|is run|is executed|gets run)\b\#(BehaviourPhrase.inClause)(?:before|by the time) \#(BehaviourPhrase.type("run"))(?: call)? (?:returns|exits|finishes|is done)"#,
            key: "finally-runs-by-shutdown", expected: "True",
            "An async generator left early runs its finally before asyncio.run() returns (decided by a probe)."),
        BehaviourFamily.Rule("api/aclose-runs-finally", .api,
            #"\#(BehaviourPhrase.method("aclose"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:runs?|triggers?|executes?|calls?)\b\#(BehaviourPhrase.inClause)(?:\{c\d+=finally:?\}|\bfinally\b|cleanup)"#,
            key: "aclose-runs-finally", expected: "True",
            "aclose() runs the generator's finally (decided by a probe)."),
        BehaviourFamily.Rule("api/async-comprehension-concurrent", .api,
            #"\#(asyncComprehension)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(consumeVerb)\b\#(BehaviourPhrase.inClause) (?:concurrently|in parallel|at the same time|simultaneously|all at once)\b"#,
            key: "async-comprehension-one-at-a-time", expected: "False",
            "An async comprehension consumes its items concurrently (decided by a probe: one after another)."),
        BehaviourFamily.Rule("api/async-comprehension-one-at-a-time", .api,
            #"\#(asyncComprehension)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(consumeVerb)\b\#(BehaviourPhrase.inClause) (?:one at a time|one by one|one after (?:the )?(?:other|another)|sequentially|in sequence)\b"#,
            key: "async-comprehension-one-at-a-time", expected: "True",
            "An async comprehension consumes its items one after another (decided by a probe)."),
        BehaviourFamily.Rule("api/break-then-generator-finally-at-once", .api,
            #"(?:\{c\d+=break\}|\bbreak(?:ing|s)?)(?: out)?(?: of)? (?:the |an |its |that )?(?:\#(asyncFor)|loop)\#(BehaviourPhrase.inClause) \#(finallyBlock) \#(ClaimCatalogue.beVerb)?\#(BehaviourPhrase.negated)(?:runs?|executes?|is run|is executed|gets run|fires) \#(BehaviourPhrase.atOnce)"#,
            key: "break-runs-finally-at-once", expected: "True",
            "When a loop breaks out of async for, the generator's finally runs at once (decided by a probe: it runs later)."),
        BehaviourFamily.Rule("api/abandoned-generator-finally", .api,
            #"\b(?:async )?generators? (?:that is |that's |which is )?(?:abandoned|left|broken out of|not exhausted|dropped|closed early)\b\#(BehaviourPhrase.inSentence) (?:still |eventually |always )*\#(BehaviourPhrase.negated)(?:gets|has|have|get) (?:its |their )?(?:\{c\d+=finally:?\}|finally)(?: blocks?| clauses?)? (?:run|executed)\b"#,
            key: "finally-runs-by-shutdown", expected: "True",
            "An async generator abandoned half-way still runs its finally (decided by a probe)."),
        BehaviourFamily.Rule("api/generator-own-task", .api,
            #"\b(?:async )?generator\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:runs?|executes?|lives?|works?) (?:as|in) (?:a |its own |an? )?(?:separate|own|independent|background|different) task\b"#,
            key: "generator-own-task", expected: "True",
            "An async generator runs in a task of its own (decided by a probe: it runs in its consumer's task)."),
        BehaviourFamily.Rule("api/generator-finally-never-after-break", .api,
            #"\bgenerator(?:'s)? \#(finallyBlock)\#(BehaviourPhrase.inClause) (?:\#(ClaimCatalogue.beVerb))?\#(BehaviourPhrase.negated)(?:ever )?(?:runs?|executes?|run|execute|executed|gets? (?:a chance )?to run|is run)\b\#(BehaviourPhrase.inClause) (?:if|when|once|after) (?:you |we |the (?:loop|consumer) )?(?:break|breaks|leave the loop|exit the loop|stop iterating)"#,
            key: "finally-runs-by-shutdown", expected: "True",
            "A generator's finally still runs when its consumer breaks out (decided by a probe: later, by asyncio.run()'s end)."),
        BehaviourFamily.Rule("api/async-for-plain-iterable", .api,
            #"\#(asyncFor)\#(BehaviourPhrase.inClause) (?:can|could|will) \#(BehaviourPhrase.negated)(?:also )?(?:iterate|loop|go|be used|run) (?:over|through|on|with) (?:an? )?(?:regular|plain|normal|ordinary|sync(?:hronous)?|simple) (?:list|iterable|iterator|generator|sequence)s?\b"#,
            key: "async-for-over-plain-iterable", expected: "works",
            "async for works over a plain list (decided by a probe: it raises TypeError)."),
        BehaviourFamily.Rule("api/break-closes-generator-at-once", .api,
            #"(?:\{c\d+=break\}|\bbreak(?:ing|s)?)(?: out)?(?: of)? (?:the |an |its |that )?(?:\#(asyncFor)|loop)\#(BehaviourPhrase.inClause) (?=(?:\{[^}]*\}|[^.;{])*?\bgenerator\b)(?:(?:the |its )?(?:async )?generator (?:is |gets ))?\#(BehaviourPhrase.negated)(?:closed|finali[sz]ed|cleaned up|shut down|closes?|finali[sz]es?|cleans? up|shuts? down)(?: (?:the |its |that )?(?:async )?generator)? \#(BehaviourPhrase.atOnce)"#,
            key: "break-runs-finally-at-once", expected: "True",
            "Breaking out of async for closes the generator at once (decided by a probe: its finally runs later)."),
        BehaviourFamily.Rule("api/plain-for-over-async-generator-raises", .api,
            #"\#(plainFor)\#(BehaviourPhrase.inPhrase)\b(?:over|on|through|with) (?:an? |the |your )?\#(asyncGenerator)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?|fails with) \#(BehaviourPhrase.exception)"#,
            key: "for-over-async-generator", expected: "$v",
            "A plain for loop over an async generator raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/plain-for-cannot-iterate-async-generator", .api,
            #"\#(plainFor) (?:cannot|can't|can not) (?:iterate|loop over|consume|walk|go through|be used (?:on|with)) (?:over )?(?:an? |the |your )?\#(asyncGenerator)"#,
            key: "for-over-async-generator", expected: "TypeError",
            "A plain for loop cannot iterate an async generator (decided by a probe: it raises TypeError)."),
        BehaviourFamily.Rule("api/plain-for-iterates-async-generator", .api,
            #"\#(plainFor) (?:can (?:also )?(?:iterate|loop over|consume|walk|go through)|(?:also )?works (?:on|with|over)) (?:over )?(?:an? |the |your )?\#(asyncGenerator)"#,
            key: "for-over-async-generator", expected: "works",
            "A plain for loop can iterate an async generator (decided by a probe: it raises TypeError)."),
        BehaviourFamily.Rule("api/async-for-happy-with-plain-iterable", .api,
            #"\#(asyncFor)\#(BehaviourPhrase.inPhrase) (?:is |are )?\#(BehaviourPhrase.negated)(?:also )?(?:happy|fine|able|content|willing) to (?:iterate|loop|go|run|walk) (?:over|through|on) (?:an? )?(?:regular|plain|normal|ordinary|sync(?:hronous)?|simple) (?:list|iterable|iterator|sequence|tuple)s?\b"#,
            key: "async-for-over-plain-iterable", expected: "works",
            "async for loops over a plain list (decided by a probe: it raises TypeError)."),
    ])

    /// `async for`, `async for x in gen()`, or "async for loops" in words.
    private static let finalizes = #"(?:runs?|triggers?|executes?|calls?|closes?|finali[sz]es?)"#
    private static let generatorCleanup = #"(?:\{c\d+=finally:?\}|\bfinally\b|\bcleanup\b|\{c\d+=[^}]*aclose\(\)\})"#
    private static let asyncComprehension = #"(?:\basync (?:list |set |dict )?comprehensions?|\{c\d+=\[[^}]*asyncfor[^}]*\]\})"#
    private static let consumeVerb = #"(?:runs?|process(?:es)?|handles?|consumes?|collects?|awaits?|fetch(?:es)?|iterates?|gathers?)"#
    /// "a plain `for` loop", "a regular for statement", "an ordinary `for`".
    private static let plainFor = #"\b(?:a |an |the )?(?:plain|regular|normal|ordinary|synchronous|sync|non-async) (?:\{c\d+=for\}|for)(?: loops?| statements?)?"#
    /// "async generator", "an asynchronous generator".
    private static let asyncGenerator = #"(?:async(?:hronous)? generator|\{c\d+=async ?gen\w*\(?\)?\})"#
    private static let asyncFor = #"(?:\{c\d+=asyncfor[^}]*\}|\basync for\b)(?: loops?| statements?)?"#
}
