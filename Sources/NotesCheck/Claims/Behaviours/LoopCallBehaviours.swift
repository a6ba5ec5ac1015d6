extension Behaviours {
    /// The loop's plain calls: `get_running_loop()` with no loop, `run_until_complete()`, `asyncio.run()` given a
    /// function, cancelled timer handles, `call_soon()` given a coroutine function, and `asyncio.sleep()`'s
    /// `result` argument, negative delays and `sleep(0)`.
    static let loopCalls = BehaviourFamily(name: "loop-calls", cue: #"loop|run\(|run_until_complete|handle|call_soon|call_later|sleep|lock|semaphore|event|queue|condition|primitive"#, program: ProbePrelude.outcome + #"""
    body = []


    async def entry():
        return 1


    async def scheduled():
        body.append("ran")


    async def worker(name, order):
        order.append(name + "1")
        await asyncio.sleep(0)
        order.append(name + "2")


    async def main():
        loop = asyncio.get_running_loop()
        fired = []
        handle = loop.call_later(0.1, fired.append, "late")
        handle.cancel()
        await asyncio.sleep(0.2)
        print("fact:cancelled-handle-runs %s | a call_later() callback whose handle was cancelled ran: %s" % (
            bool(fired), bool(fired)))
        accepted = outcome(lambda: loop.call_soon(scheduled))
        await asyncio.sleep(0.1)
        print("fact:call-soon-coroutine-function %s | call_soon() given an async def function: %s" % (accepted, accepted))
        print("fact:call-soon-awaits-coroutine %s | 0.1 s after call_soon() was given an async def function, its body had run: %s" % (
            bool(body), bool(body)))
        slept = await asyncio.sleep(0.1, result="r")
        print("fact:sleep-result %s | await asyncio.sleep(0.1, result='r') gave %r" % (slept == "r", slept))
        before = loop.time()
        try:
            await asyncio.sleep(-1)
            negative = "returns"
        except BaseException as error:
            negative = type(error).__name__
        print("fact:sleep-negative %s | await asyncio.sleep(-1): %s after %.1f s" % (negative, negative, loop.time() - before))
        timer = loop.call_later(1, fired.append, "never")
        print("fact:call-later-type %s | loop.call_later() returned a %s" % (type(timer).__name__, type(timer).__name__))
        timer.cancel()
        plain = await asyncio.sleep(0.01)
        print("fact:sleep-default-none %s | await asyncio.sleep(0.01) with no result argument gave %r" % (plain is None, plain))
        print("fact:loop-is-running %s | inside a coroutine, loop.is_running() is %s" % (loop.is_running(), loop.is_running()))
        same = asyncio.get_event_loop() is loop
        print("fact:get-event-loop-in-coroutine %s | inside a coroutine, asyncio.get_event_loop() returned the running loop: %s" % (same, same))
        order = []
        await asyncio.gather(worker("a", order), worker("b", order))
        print("fact:sleep-zero-lets-others-run %s | two tasks that await asyncio.sleep(0) between two steps ran as %s" % (
            order == ["a1", "b1", "a2", "b2"], ",".join(order)))


    early_lock = asyncio.Lock()
    early_semaphore = asyncio.Semaphore(1)
    early_event = asyncio.Event()
    early_queue = asyncio.Queue()
    early_condition = asyncio.Condition()


    async def use_early():
        async with early_lock:
            async with early_semaphore:
                early_event.set()
                await early_event.wait()
                early_queue.put_nowait(1)
                await early_queue.get()
                async with early_condition:
                    early_condition.notify_all()
        return "works"


    early_use = outcome(lambda: asyncio.run(use_early()))
    print("fact:primitives-outside-loop %s | a Lock, Semaphore, Event, Queue and Condition made at module level, before any loop ran, then used under asyncio.run(): %s" % (
        "works" if early_use == "returns" else early_use, "works" if early_use == "returns" else early_use))
    print("fact:get-running-loop-outside %s | get_running_loop() called with no loop running: %s" % (
        outcome(asyncio.get_running_loop), outcome(asyncio.get_running_loop)))
    function_run = outcome(lambda: asyncio.run(entry))
    print("fact:run-coroutine-function-fails %s | asyncio.run() given the coroutine function itself, not a coroutine, raised: %s" % (
        function_run != "returns", function_run != "returns"))
    twice = outcome(lambda: asyncio.run(entry())) + "," + outcome(lambda: asyncio.run(entry()))
    print("fact:run-twice %s | asyncio.run() called twice in a row, one after the other: %s" % (
        "works" if twice == "returns,returns" else twice, twice))
    fresh = asyncio.new_event_loop()
    completed = fresh.run_until_complete(entry())
    fresh.close()
    print("fact:run-until-complete-returns %s | loop.run_until_complete(coroutine) returned %r, the coroutine's return value" % (
        completed == 1, completed))
    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/get-running-loop-outside-raises", .api,
            #"\#(getRunningLoop)\#(BehaviourPhrase.inClause) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)\#(BehaviourPhrase.inClause)\b\#(noLoop)"#,
            key: "get-running-loop-outside", expected: "$v",
            "get_running_loop() with no running loop raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/get-running-loop-outside-raises-after", .api,
            #"\b(?:when|if|while|whenever) \#(noLoop),? \#(getRunningLoop)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "get-running-loop-outside", expected: "$v",
            "With no running loop, get_running_loop() raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/get-running-loop-outside-none", .api,
            #"\#(getRunningLoop)\#(BehaviourPhrase.inClause) (?:just |simply )?\#(BehaviourPhrase.negated)(?:returns?|gives?(?: back)?) (?:\{c\d+=)?none(?:\}|\b)\#(BehaviourPhrase.inClause)\b\#(noLoop)"#,
            key: "get-running-loop-outside", expected: "returns",
            "get_running_loop() with no running loop returns None (decided by a probe: it raises RuntimeError)."),
        BehaviourFamily.Rule("api/run-until-complete-returns", .api,
            #"\#(BehaviourPhrase.method("run_until_complete"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives? back|hands? back|passes back) (?:(?:whatever|what) (?:the |its |your )?(?:coroutine|future|task|awaitable)(?: (?:it (?:was |is )?(?:given|passed|runs?|ran)))? (?:returns|returned|produces|gives back)|(?:the |its )?(?:(?:coroutine|future|task|awaitable)'s )?(?:result|return value)\b)"#,
            key: "run-until-complete-returns", expected: "True",
            "run_until_complete() returns the awaitable's result (decided by a probe)."),
        BehaviourFamily.Rule("api/run-given-function-works", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inClause)\b(?:without (?:the )?(?:parenthes[ei]s|parens|brackets|calling it|calling \{c\d+=[^}]*\})|(?:given|passed|with) (?:the |a )?(?:coroutine |async )?function (?:itself|object)?)(?!\w)\#(BehaviourPhrase.inPhrase) (?:still |also |just )?\#(BehaviourPhrase.negated)(?:works|runs (?:it|fine|the coroutine|main)|calls it for you)\b"#,
            key: "run-coroutine-function-fails", expected: "False",
            "asyncio.run() given the function instead of a coroutine works (decided by a probe: it raises)."),
        BehaviourFamily.Rule("api/run-given-function-fails", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inClause)\b(?:without (?:the )?(?:parenthes[ei]s|parens|brackets|calling it|calling \{c\d+=[^}]*\})|(?:given|passed|with) (?:the |a )?(?:coroutine |async )?function (?:itself|object)?)(?!\w)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:fails|errors out|raises an? (?:error|exception)|throws an? (?:error|exception)|is an error)\b"#,
            key: "run-coroutine-function-fails", expected: "True",
            "asyncio.run() given the function instead of a coroutine fails (decided by a probe)."),
        BehaviourFamily.Rule("api/cancelled-handle-callback-runs", .api,
            #"(?:\#(handleWord)\#(BehaviourPhrase.inSentence)\bcancell?(?:ed|ing)?\b|\bcancell?(?:ed|ing)? (?:the |a |its |that )?\#(handleWord))\#(BehaviourPhrase.inSentence)\b(?:callback|function)\#(BehaviourPhrase.inPhrase) (?:will |would |does |then |still )*\#(BehaviourPhrase.negated)(?:ever |still )?(?:runs?|fires?|is called|gets called|executes?|is run|be called|gets run)\b"#,
            key: "cancelled-handle-runs", expected: "True",
            "The callback of a cancelled call_later() handle still runs (decided by a probe)."),
        BehaviourFamily.Rule("api/handle-cancel-prevents-callback", .api,
            #"^(?=.*\b(?:handle|call_later|call_at|timer)\b)\#(BehaviourPhrase.inSentence)\#(BehaviourPhrase.method("cancel"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:prevents?|stops?|keeps?|unschedules?) (?:the |its |that )?(?:scheduled )?(?:callback|function|call)\b"#,
            key: "cancelled-handle-runs", expected: "False",
            "Cancelling a call_later() handle keeps its callback from running (decided by a probe)."),
        BehaviourFamily.Rule("api/call-soon-coroutine-function-raises", .api,
            #"\#(callSoon)\#(BehaviourPhrase.inClause)\b\#(coroutineFunctions)\#(BehaviourPhrase.inClause) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "call-soon-coroutine-function", expected: "$v",
            "call_soon() given a coroutine function raises the named exception (decided by a probe: outside debug mode it does not)."),
        BehaviourFamily.Rule("api/call-soon-awaits-coroutine", .api,
            #"\#(callSoon)\#(BehaviourPhrase.inClause)\b\#(coroutineFunctions)\#(BehaviourPhrase.inClause)\b(?:and )?(?:the loop |the event loop |it |then )?(?:will )?\#(BehaviourPhrase.negated)(?:awaits?|runs?|drives?|executes?|schedules?) (?:it|them|the coroutine|its body|the body)\b"#,
            key: "call-soon-awaits-coroutine", expected: "True",
            "call_soon() given a coroutine function awaits it (decided by a probe: it only calls it)."),
        BehaviourFamily.Rule("api/sleep-result-argument", .api,
            #"\#(sleep)\#(BehaviourPhrase.inPhrase) (?:also )?\#(BehaviourPhrase.negated)(?:takes?|accepts?|has|supports?|can take|can be given) (?:an? )?(?:optional |second |extra )?(?:\{c\d+=result(?:=[^}]*)?\}|result) (?:argument|parameter|keyword|kwarg|value)\b"#,
            key: "sleep-result", expected: "True",
            "asyncio.sleep() takes a result argument that the await returns (decided by a probe)."),
        BehaviourFamily.Rule("api/sleep-negative-raises", .api,
            #"^(?=\#(BehaviourPhrase.inSentence)(?:\bnegative (?:delay|number|value|duration|timeout|argument|amount|time|seconds)s?\b|\{c\d+=(?:await)?(?:asyncio\.)?sleep\(-))(?=\#(BehaviourPhrase.inSentence)\#(sleep)).*?\b\#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "sleep-negative", expected: "$v",
            "asyncio.sleep() with a negative delay raises the named exception (decided by a probe: it returns at once)."),
        BehaviourFamily.Rule("api/sleep-negative-returns", .api,
            #"^(?=\#(BehaviourPhrase.inSentence)(?:\bnegative (?:delay|number|value|duration|timeout|argument|amount|time|seconds)s?\b|\{c\d+=(?:await)?(?:asyncio\.)?sleep\(-))(?=\#(BehaviourPhrase.inSentence)\#(sleep)).*?\b(?:(?:is treated (?:like|as)|acts like|behaves (?:like|as)|works like|is the same as|is equivalent to|counts as) (?:a )?(?:zero|0|\{c\d+=[^}]*sleep\(0\)\})|(?:just |simply )?returns (?:immediately|at once|right away))"#,
            key: "sleep-negative", expected: "returns",
            "asyncio.sleep() with a negative delay returns at once (decided by a probe)."),
        BehaviourFamily.Rule("api/sleep-zero-lets-others-run", .api,
            #"\{c\d+=await(?:asyncio\.)?sleep\(0\)\}\#(BehaviourPhrase.inPhrase) (?:really |actually |does |indeed |truly )*\#(BehaviourPhrase.negated)(?:really |actually )?(?:suspends?|yields?|gives? (?:up )?(?:control|the other|other|a turn)|lets? (?:the )?other|switch(?:es)? (?:to )?|hands? (?:back )?control|pauses?)\b"#,
            key: "sleep-zero-lets-others-run", expected: "True",
            "await asyncio.sleep(0) lets the other ready tasks run (decided by a probe)."),
        BehaviourFamily.Rule("api/sleep-zero-no-op", .api,
            #"\{c\d+=await(?:asyncio\.)?sleep\(0\)\}\#(BehaviourPhrase.inPhrase) (?:\#(BehaviourPhrase.negated))(?:does nothing|is a no-op|has no effect|returns (?:immediately|at once|right away) without (?:yielding|suspending|switching))\b"#,
            key: "sleep-zero-lets-others-run", expected: "False",
            "await asyncio.sleep(0) does nothing (decided by a probe: it lets the other ready tasks run)."),
        BehaviourFamily.Rule("api/get-running-loop-outside-coroutine-raises", .api,
            #"\#(getRunningLoop)\#(BehaviourPhrase.inPhrase)\b(?:called |used )?(?:outside (?:of )?(?:any |a |an )?(?:coroutine|async function|running (?:event )?loop|event loop)|from (?:plain |ordinary )?(?:sync(?:hronous)?|regular|non-async) code|at (?:the )?(?:module|top) level)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "get-running-loop-outside", expected: "$v",
            "get_running_loop() called outside any coroutine raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/primitive-must-be-created-in-loop", .api,
            // "must" is the `neg` group: the sentence states that making one outside a loop does not work.
            #"\#(primitive)\#(BehaviourPhrase.inPhrase) (?<neg>must|has to|needs to|have to|need to|can only) be (?:created|made|instantiated|constructed) (?:inside|within|in|from|while|under|after) (?:a |an |the )?(?:running )?(?:event )?(?:loop|coroutine|async function|\{c\d+=(?:asyncio\.)?run\([^}]*\)\})(?: is running| has started| exists)?\b"#,
            key: "primitives-outside-loop", expected: "works",
            "Locks, semaphores, events and queues must be made inside a running loop (decided by a probe: since 3.10 they need none)."),
        BehaviourFamily.Rule("api/primitive-created-outside-loop", .api,
            #"\#(primitive)\#(BehaviourPhrase.inPhrase) (?:can|may) (?:safely |now |also |even )?\#(BehaviourPhrase.negated)be (?:created|made|instantiated|constructed) (?:at (?:the )?(?:module|top) level|outside (?:of )?(?:a |any |the )?(?:running )?(?:event )?loop|before (?:the |any )?(?:event )?loop (?:exists|is running|starts|runs)|at import time)\b"#,
            key: "primitives-outside-loop", expected: "works",
            "Locks, semaphores, events and queues can be made before any loop runs (decided by a probe)."),
        BehaviourFamily.Rule("api/primitive-outside-loop-raises", .api,
            #"\b(?:creating|making|instantiating|constructing) (?:an? |the )?\#(primitive)\#(BehaviourPhrase.inPhrase) (?:outside (?:of )?(?:a |any |the )?(?:running )?(?:event )?loop|at (?:the )?(?:module|top) level|before (?:the |any )?(?:event )?loop (?:exists|is running|starts|runs)|at import time|(?:without|with no) (?:a )?running (?:event )?loop)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "primitives-outside-loop", expected: "$v",
            "Making a lock, semaphore, event or queue outside a loop raises the named exception (decided by a probe: it works)."),
        BehaviourFamily.Rule("api/get-running-loop-only-in-loop", .api,
            #"\#(getRunningLoop)\#(BehaviourPhrase.inPhrase) (?:only works|works only|can only be (?:called|used)|must be called|may only be called) (?:from |inside |within |in |when |while )+(?:a |an |the )?(?:coroutine|async function|running (?:event )?loop|callback|(?:event )?loop is running)\b"#,
            key: "get-running-loop-outside", expected: "RuntimeError",
            "get_running_loop() works only while a loop is running (decided by a probe: elsewhere it raises RuntimeError)."),
        BehaviourFamily.Rule("api/run-only-once", .api,
            // "only once" and "not twice" are the `neg` group: the sentence states that a second call does not work.
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) (?<neg>(?:can|may) only be (?:called|used) once|(?:cannot|can't|can not|must not|mustn't) be (?:called|used) (?:twice|more than once|again|a second time))\b(?!\#(BehaviourPhrase.inClause)\b(?:per (?:thread|loop|event loop)|in a|inside|from|within|while|when)\b)"#,
            key: "run-twice", expected: "works",
            "asyncio.run() can be called only once (decided by a probe: each call makes its own loop)."),
        BehaviourFamily.Rule("api/run-many-times", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) (?:can|may) (?:safely |also )?be (?:called|used) (?:twice|more than once|again|several times|multiple times|many times|repeatedly)\b"#,
            key: "run-twice", expected: "works",
            "asyncio.run() can be called more than once (decided by a probe)."),
        BehaviourFamily.Rule("api/sleep-result-becomes-value", .api,
            #"(?:\{c\d+=result(?:=[^}]*)?\}|\bresult) (?:argument|parameter|keyword|kwarg)\b (?:of|to|for|given to|passed to) \#(sleep)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:becomes|is|gets returned as|is returned as|comes back as|ends up as) (?:the )?(?:value|result|return value)\b"#,
            key: "sleep-result", expected: "True",
            "asyncio.sleep()'s result argument is the await's value (decided by a probe)."),
        BehaviourFamily.Rule("api/call-later-returns-handle", .api,
            #"\#(BehaviourPhrase.method("call_later|call_at"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back) (?:an? |the )?(?:\{c\d+=(?:asyncio\.(?:events\.)?)?timerhandle\}|timer ?handle|handle)(?!\w)"#,
            key: "call-later-type", expected: "TimerHandle",
            "call_later() returns a TimerHandle (decided by a probe)."),
        BehaviourFamily.Rule("api/sleep-returns-none", .api,
            #"^(?!.*\b(?:result|always)\b)\#(BehaviourPhrase.inSentence)\#(sleep)\#(BehaviourPhrase.inPhrase) (?:just |simply )?\#(BehaviourPhrase.negated)(?:returns?|gives?(?: back)?|evaluates to|resolves to) (?:\{c\d+=)?none(?:\}|\b)"#,
            key: "sleep-default-none", expected: "True",
            "await asyncio.sleep() gives None when no result is passed (decided by a probe)."),
        BehaviourFamily.Rule("api/loop-is-running-inside", .api,
            #"\{c\d+=(?:[\w.]*\.)?is_running\(\)\}\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|is|gives|reports?) (?:\{c\d+=)?(?<v>true|false)\b\#(BehaviourPhrase.inClause)\b(?:inside|within|in|from) (?:a |an |the |any )?(?:coroutine|task|async function|\{c\d+=async ?def\} function)"#,
            key: "loop-is-running", expected: "$v",
            "loop.is_running() inside a coroutine reads the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/get-event-loop-in-coroutine", .api,
            #"^(?=\#(BehaviourPhrase.inSentence)\b(?:inside|within|in|from) (?:a |an |any )?(?:coroutine|task|async function|\{c\d+=async ?def\} function)\b).*?\#(BehaviourPhrase.method("get_event_loop"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back) (?:the )?(?:running|current|same|already running|active) (?:event )?loop\b"#,
            key: "get-event-loop-in-coroutine", expected: "True",
            "Inside a coroutine, get_event_loop() returns the running loop (decided by a probe)."),
    ])

    /// "the handle", "a timer handle", `TimerHandle`.
    private static let handleWord = #"(?:\{c\d+=(?:asyncio\.(?:events\.)?)?(?:timer)?handle\}|\b(?:timer ?)?handle\b)"#
    private static let getRunningLoop = BehaviourPhrase.method("get_running_loop")
    private static let callSoon = BehaviourPhrase.method("call_soon")
    private static let sleep = #"\{c\d+=(?:await)?(?:asyncio\.)?sleep(?:\([^}]*\))?\}"#
    /// "no loop is running", "outside a running loop", "there is no running event loop".
    private static let noLoop = #"(?:no (?:event )?loop is running|(?:there is |there's )?no running (?:event )?loop|(?:outside|without) (?:of )?(?:a |an |any )?running (?:event )?loop|(?:the )?(?:event )?loop is not running|(?:the )?(?:event )?loop isn't running)"#
    /// `asyncio.Lock()`, "a semaphore", "queues": the objects that since Python 3.10 bind to a loop only when first used.
    private static let primitive = #"(?:\#(BehaviourPhrase.type("lock|semaphore|boundedsemaphore|event|condition|queue|lifoqueue|priorityqueue"))|\b(?:asyncio )?(?:locks?|semaphores?|events?|queues?|conditions?|(?:synchroni[sz]ation )?primitives?)\b(?! loops?))"#
    /// "coroutine functions", "an `async def` function", "async functions".
    private static let coroutineFunctions = #"(?:an? |any )?(?:\{c\d+=async ?def\} |async def |async |coroutine )functions?\b"#
}
