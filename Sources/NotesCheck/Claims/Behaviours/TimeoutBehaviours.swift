extension Behaviours {
    private typealias T = AwaitingPhrases

    private static let waitForName = T.named("wait_for")
    private static let timeoutName = #"\{c\d+=(?:asyncwith)?(?:asyncio\.timeout(?:\([^}]*\))?|timeout\([^}]*\))(?:as\w+)?:?\}|\basyncio\.timeout\b(?:\(\))?"#
    private static let timeoutAtName = #"\{c\d+=(?:asyncwith)?(?:asyncio\.)?timeout_at(?:\([^}]*\))?(?:as\w+)?:?\}|\b(?:asyncio\.)?timeout_at\b(?:\(\))?"#
    /// Clauses that compare or shield, or speak of work done in time.
    private static let notTimeouts = T.code("shield|gather|as_completed|wait|taskgroup") + #"|\bshield|\bas_completed\b|\bin time\b|\bbefore the (?:timeout|deadline)|\b(?:task|coroutine|it|awaitable|operation|work|call) (?:finish|finishes|completes?) (?:first|before|early|quickly)|\bsucceeds?\b|\buntil\b"#

    /// Clauses about the exception seen inside the awaitable, not by the caller.
    private static let insideView = #"\binside\b|\bwithin\b|\binner\b|\binternally\b|\breceives?\b|\bsees?\b"#

    /// "raises `TimeoutError`", "what comes out of it is a `CancelledError`".
    private static let raisesPhrase = #"(?:raises?|throws?|gives you|produces|results in|propagates?|surfaces? as|comes? out as|you(?:'ll| will)? (?:get|catch)|(?:turns?|converts?|transforms?|translates?) (?:the |that |its |this )?(?:cancell?ation|\{c\d+=(?:asyncio\.)?cancellederror\}|cancellederror|it) into) (?:an? |the )?\#(AwaitingPhrases.words(2))"# + T.exception("timeouterror|cancellederror")
    private static let raisedIsPhrase = #"(?:comes? out(?: of)?|escapes?|propagates?(?: out)?|is raised|gets raised|you (?:get|catch)|you(?:'ll| will| have to| need to| should) catch|to catch|what you (?:get|catch)) "# + T.words(6) + #"(?:is|as|will be)(?: (?<neg>not|never))? (?:an? |the )?(?:plain |ordinary |bare |regular )?"# + T.exception("timeouterror|cancellederror")
    /// "cancels the inner coroutine", "interrupts the body".
    private static let cancelsPhrase = #"(?:cancels?|cancelled|kills?|interrupts?|aborts?|stops?) (?:the |its |that |this )?\#(AwaitingPhrases.words(2))(?:coroutine|task|awaitable|operation|call|work|body|future|job|code|block|it|them)\b"#
    private static let isCancelledPhrase = #"(?:the |its |that |this )(?:inner |wrapped |awaited |underlying |timed[- ]out |slow |original |pending |running )?(?:coroutine|task|awaitable|operation|call|work|body|future|job|code)(?: inside(?: the block| it)?| in the block)?\#(waitedOn) "# + T.words(3) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))\#(AwaitingPhrases.cancelled)"#
    /// "(the awaitable) it was waiting on", "(the task) that it wraps": a relative clause naming what was waited on.
    private static let waitedOn = #"(?: (?:it|that|which) (?:was |is |had been )?(?:waiting (?:on|for)|awaiting|waits (?:on|for)|waited (?:on|for)|wraps|wrapped|guards|guarded))?"#
    /// "leaves the operation running", "keeps it alive", "the task keeps running": the timed-out work is not cancelled.
    private static let leftRunningPhrase = #"(?:leaves?|lets?|keeps?) (?:it|them|(?:the |its |that |this )?(?:inner |wrapped |awaited |underlying |timed[- ]out |slow |original |pending )?(?:coroutine|task|awaitable|operation|call|work|job|future|body)) \#(AwaitingPhrases.words(2))(?:running|going|alive|in the background|run on|keep running|continue)\b"#
    private static let keepsRunningPhrase = #"(?:the |its |that |this )(?:inner |wrapped |awaited |underlying |timed[- ]out |slow |original |cancelled )?(?:coroutine|task|awaitable|operation|call|work|body|job)\#(waitedOn) "# + T.words(3) + #"(?:"# + ClaimCatalogue.negation + #" )?(?:keeps?|continues?|goes on|carries on|stays?|remains?) (?:running|executing|alive|going|in the background)\b"#

    private static func timeoutRules(_ api: String, keyword: String, _ name: String, raises: String, cancels: String) -> [BehaviourFamily.Rule] {
        [
            BehaviourFamily.Rule("api/\(name)-raises", .api, T.clause(about: api, keyword: keyword, avoiding: notTimeouts + "|" + insideView, raisesPhrase),
                key: raises, expected: "$v", "On a timeout, \(name) raises the named exception (decided by a probe)."),
            BehaviourFamily.Rule("api/\(name)-raised-is", .api, T.clause(about: api, keyword: keyword, avoiding: notTimeouts + "|" + insideView, raisedIsPhrase),
                key: raises, expected: "$v", "What comes out of \(name) on a timeout is the named exception (decided by a probe)."),
            BehaviourFamily.Rule("api/\(name)-cancels", .api, T.clause(about: api, keyword: keyword, avoiding: notTimeouts, cancelsPhrase),
                key: cancels, expected: "true", "On a timeout, \(name) cancels what it waits on (decided by a probe)."),
            BehaviourFamily.Rule("api/\(name)-is-cancelled", .api, T.clause(about: api, keyword: keyword, avoiding: notTimeouts, isCancelledPhrase),
                key: cancels, expected: "true", "On a timeout, what \(name) waits on is cancelled (decided by a probe)."),
            BehaviourFamily.Rule("api/\(name)-leaves-running", .api, T.clause(about: api, keyword: keyword, avoiding: notTimeouts, leftRunningPhrase),
                key: cancels, expected: "false", "On a timeout, \(name) leaves what it waits on running (decided by a probe)."),
            BehaviourFamily.Rule("api/\(name)-keeps-running", .api, T.clause(about: api, keyword: keyword, avoiding: notTimeouts, keepsRunningPhrase),
                key: cancels, expected: "false", "On a timeout, what \(name) waits on keeps running (decided by a probe)."),
        ]
    }

    /// What `wait_for`, `asyncio.timeout()` and `asyncio.timeout_at()` do when time runs out.
    static let timeouts = BehaviourFamily(name: "timeouts", cue: #"wait_for|timeout"#, program: #"""
    import asyncio

    events = []


    async def slow(name):
        try:
            await asyncio.sleep(0.5)
            events.append(name + " finished")
        except asyncio.CancelledError:
            events.append(name + " cancelled")
            await asyncio.sleep(0.05)
            events.append(name + " cleaned up")
            raise


    def outcome(error):
        return "TimeoutError" if isinstance(error, TimeoutError) else type(error).__name__


    async def main():
        loop = asyncio.get_running_loop()
        try:
            await asyncio.wait_for(slow("wait_for"), timeout=0.1)
            raised = "nothing"
        except BaseException as error:
            raised = outcome(error)
        seen = list(events)
        print("fact:wait-for-raises %s | asyncio.wait_for() on a timeout raises %s" % (raised, raised))
        print("fact:wait-for-cancels %s | the awaitable that timed out: %s" % ("wait_for cancelled" in seen, seen))
        print("fact:wait-for-waits-for-cancellation %s | when the error reaches the caller, the cancelled "
              "awaitable has run its cleanup: %s" % ("wait_for cleaned up" in seen, seen))

        events.clear()
        try:
            async with asyncio.timeout(0.1):
                await slow("timeout")
            raised = "nothing"
        except BaseException as error:
            raised = outcome(error)
        print("fact:timeout-raises %s | leaving an expired asyncio.timeout() block raises %s" % (raised, raised))
        print("fact:timeout-cancels %s | the body of the expired block: %s" % ("timeout cancelled" in events, events))

        events.clear()
        try:
            async with asyncio.timeout_at(loop.time() + 0.1):
                await slow("timeout_at")
            raised = "nothing"
        except BaseException as error:
            raised = outcome(error)
        print("fact:timeout-at-raises %s | leaving an expired asyncio.timeout_at() block raises %s" % (raised, raised))
        print("fact:timeout-at-cancels %s | the body of the expired block: %s" % ("timeout_at cancelled" in events, events))

        inner = None
        try:
            async with asyncio.timeout(0.1):
                try:
                    await asyncio.sleep(0.5)
                except BaseException as error:
                    inner = type(error).__name__
                    raise
        except TimeoutError:
            pass
        print("fact:timeout-inside-sees %s | inside the expired block the awaiting code sees %s" % (inner, inner))
        began = asyncio.get_running_loop().time()
        unlimited = await asyncio.wait_for(asyncio.sleep(0.3, result="done"), None)
        took = asyncio.get_running_loop().time() - began
        print("fact:wait-for-none-waits %s | wait_for(sleep(0.3), timeout=None) gave %r after %.1f s" % (
            unlimited == "done" and round(took, 1) >= 0.3, unlimited, took))
        print("fact:timeout-error-is-builtin %s | asyncio.TimeoutError is TimeoutError: %s" % (
            asyncio.TimeoutError is TimeoutError, asyncio.TimeoutError is TimeoutError))


    asyncio.run(main())
    """#, rules: timeoutRules(waitForName, keyword: "wait_for", "wait-for", raises: "wait-for-raises", cancels: "wait-for-cancels")
        + timeoutRules(timeoutName, keyword: "timeout", "timeout", raises: "timeout-raises", cancels: "timeout-cancels")
        + timeoutRules(timeoutAtName, keyword: "timeout_at", "timeout-at", raises: "timeout-at-raises", cancels: "timeout-at-cancels") + [
        BehaviourFamily.Rule("api/wait-for-returns-none", .api,
            T.clause(about: waitForName, keyword: "wait_for", avoiding: notTimeouts + #"|\b(?:coroutine|it|task|awaitable|function) returns\b"#,
                     requiring: #"\btime(?:s|d)? ?out\b|\bexpir|\bdeadline\b|\btoo long\b|\bgives? up\b"#,
                     #"(?:returns?|gives? (?:you )?back|evaluates to|results? in) (?:just |simply |only )?(?:\{c\d+=none\}|none\b)"#),
            key: "wait-for-raises", expected: "none",
            "On a timeout, wait_for returns None (decided by a probe: it raises)."),
        BehaviourFamily.Rule("api/wait-for-waits-for-cancellation", .api,
            T.clause(about: waitForName, keyword: "wait_for", avoiding: notTimeouts,
                     #"(?:waits?|waiting|blocks?) \#(AwaitingPhrases.words(3))(?:for|until) \#(AwaitingPhrases.words(3))(?:cancell?ation|cleanup|clean-up|finally)\b"#),
            key: "wait-for-waits-for-cancellation", expected: "true",
            "On a timeout, wait_for waits until the cancelled awaitable has finished (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-for-returns-without-waiting", .api,
            T.clause(about: waitForName, keyword: "wait_for", avoiding: notTimeouts,
                     #"(?:returns?|raises?|gives up) \#(AwaitingPhrases.words(3))(?:immediately|right away|at once|straight away) \#(AwaitingPhrases.words(3))without waiting\b"#),
            key: "wait-for-waits-for-cancellation", expected: "false",
            "On a timeout, wait_for returns before the cancelled awaitable has finished (decided by a probe)."),
        BehaviourFamily.Rule("api/timeout-error-separate", .api,
            #"\{c\d+=asyncio\.timeouterror\}\#(BehaviourPhrase.inPhrase) (?:is|remains|stays) \#(BehaviourPhrase.negated)(?:an? |its )?(?:separate|distinct|different|independent|own)(?: \w+)? (?:class|exception|type)\b"#,
            key: "timeout-error-is-builtin", expected: "False",
            "asyncio.TimeoutError is a class of its own (decided by a probe: it is the built-in TimeoutError)."),
        BehaviourFamily.Rule("api/timeout-error-same", .api,
            #"\{c\d+=asyncio\.timeouterror\}\#(BehaviourPhrase.inPhrase) (?:is|has become) \#(BehaviourPhrase.negated)(?:now |just |simply |literally |really |actually |exactly )?(?:(?:the (?:very |exact )?same (?:class|exception|type|object) as|identical to|an alias (?:of|for)|another name for) (?:the )?(?:built-?in )?\{c\d+=(?:builtins\.)?timeouterror\}|(?:the )?(?:built-?in )?\{c\d+=(?:builtins\.)?timeouterror\})"#,
            key: "timeout-error-is-builtin", expected: "True",
            "asyncio.TimeoutError is the built-in TimeoutError (decided by a probe)."),
        BehaviourFamily.Rule("api/timeout-swallows-cancellation", .api,
            #"(?:\#(timeoutName))\#(BehaviourPhrase.inPhrase) (?:just |simply |silently )?\#(BehaviourPhrase.negated)(?:swallows|suppresses|absorbs|eats) (?:the )?(?:cancell?ation|\{c\d+=(?:asyncio\.)?cancellederror\}|timeout)(?!\w)"#,
            key: "timeout-raises", expected: "nothing",
            "An expired asyncio.timeout() swallows the cancellation and raises nothing (decided by a probe)."),
        BehaviourFamily.Rule("api/timeout-error-which-is-same", .api,
            #"\{c\d+=(?:asyncio\.)?timeouterror\},? which is \#(BehaviourPhrase.negated)(?:the (?:very |exact )?same (?:class|exception|type|object) as|identical to|an alias (?:of|for)) (?:the )?(?:built-?in )?\{c\d+=(?:builtins\.)?timeouterror\}"#,
            key: "timeout-error-is-builtin", expected: "True",
            "asyncio.TimeoutError is the built-in TimeoutError (decided by a probe)."),
        BehaviourFamily.Rule("api/wait-for-none-waits", .api,
            #"^(?=\#(BehaviourPhrase.inSentence)(?:\{c\d+=timeout=none\}|\btimeout (?:of |set to |is |=)?\{c\d+=none\}|\{c\d+=[^}]*wait_for\([^}]*,(?:timeout=)?none\)\})).*?(?:\#(waitForName))\#(BehaviourPhrase.inSentence)\b(?:just |simply )?\#(BehaviourPhrase.negated)(?:waits? (?:forever|indefinitely|as long as (?:it takes|needed|necessary)|without (?:a |any )?(?:time )?limit|for the awaitable|until (?:it|the awaitable) (?:is done|finishes|completes))|never times out|has no (?:time )?limit)\b"#,
            key: "wait-for-none-waits", expected: "True",
            "wait_for() with timeout=None waits without a limit (decided by a probe)."),
    ])
}
