extension Behaviours {
    /// Coroutine objects and tasks as objects: what a second await does, names, `current_task()`, what
    /// `exception()` and `result()` give on a task, what `create_task()` and `ensure_future()` accept and make.
    static let tasks = BehaviourFamily(name: "tasks", cue: #"coroutine|task|future|gather|async ?def|async function|get_name"#, program: ProbePrelude.outcome + #"""
    ran = []


    async def value(n):
        await asyncio.sleep(0)
        return [n]


    async def failing():
        raise KeyError("k")


    async def body():
        ran.append("body")


    async def me():
        return asyncio.current_task()


    async def main():
        loop = asyncio.get_running_loop()
        bare = body()
        await asyncio.sleep(0.1)
        print("fact:bare-call-runs-body %s | 0.1 s after calling the coroutine function without await, its body had run: %s" % (
            bool(ran), bool(ran)))
        bare.close()
        coro = value(1)
        await coro
        try:
            await coro
            again = "returns"
        except RuntimeError:
            again = "RuntimeError"
        print("fact:coroutine-reawait %s | awaiting one coroutine object a second time: %s" % (again, again))
        print("fact:coroutine-reawait-fails %s | the second await of a coroutine object raised: %s" % (
            again != "returns", again != "returns"))
        task = asyncio.create_task(value(2))
        first = await task
        try:
            second = await task
            reawaited = "returns"
        except BaseException as error:
            second = None
            reawaited = type(error).__name__
        print("fact:task-reawait-fails %s | awaiting a finished task a second time: %s" % (
            reawaited != "returns", reawaited))
        print("fact:task-reawait-same %s | the second await of the finished task gave %r, the same object as the first: %s" % (
            first is second, second, first is second))
        named = asyncio.create_task(value(3), name="worker-7")
        print("fact:task-name %s | create_task(..., name='worker-7') and then get_name() gives %r" % (
            named.get_name() == "worker-7", named.get_name()))
        await named
        mine = asyncio.create_task(me())
        print("fact:current-task-in-task %s | current_task() called inside a task returned that task: %s" % (
            await mine is mine, mine.result() is mine))
        seen = []
        loop.call_soon(lambda: seen.append(asyncio.current_task()))
        await asyncio.sleep(0)
        print("fact:current-task-in-callback %s | current_task() called in a call_soon() callback returned %r" % (seen[0], seen[0]))
        broken = asyncio.create_task(failing())
        await asyncio.sleep(0)
        print("fact:exception-of-failed %s | exception() on a task that raised KeyError: %s, it gave back %s" % (
            outcome(broken.exception), outcome(broken.exception), type(broken.exception()).__name__))
        slow = asyncio.create_task(asyncio.sleep(1))
        print("fact:result-of-running-task %s | result() on a task that is still running: %s" % (
            outcome(slow.result), outcome(slow.result)))
        slow.cancel()
        future = loop.create_future()
        print("fact:create-task-future %s | create_task() given a Future: %s" % (
            outcome(lambda: asyncio.create_task(future)), outcome(lambda: asyncio.create_task(future))))
        future.cancel()
        settled = loop.create_future()
        settled.set_result([5])
        once = await settled
        twice = await settled
        print("fact:future-reawait-same %s | a finished future awaited twice gave the same object both times: %s" % (
            once is twice, once is twice))
        made = asyncio.create_task(value(6))
        print("fact:create-task-is-task %s | create_task() returned an asyncio.Task: %s" % (
            isinstance(made, asyncio.Task), isinstance(made, asyncio.Task)))
        print("fact:create-task-is-future %s | create_task() returned an asyncio.Future: %s" % (
            isinstance(made, asyncio.Future), isinstance(made, asyncio.Future)))
        print("fact:create-task-is-coroutine %s | create_task() returned a coroutine: %s" % (
            asyncio.iscoroutine(made), asyncio.iscoroutine(made)))
        await made
        print("fact:finished-task-in-all-tasks %s | a task that has finished is still in all_tasks(): %s" % (
            made in asyncio.all_tasks(), made in asyncio.all_tasks()))
        first = []

        async def child():
            first.append("child")

        scheduled = asyncio.create_task(child())
        first.append("caller")
        await scheduled
        print("fact:create-task-runs-at-once %s | after create_task(), the first line to run was the %s's" % (
            first[0] == "child", first[0]))
        print("fact:gather-is-coroutine-function %s | asyncio.iscoroutinefunction(asyncio.gather) is %s" % (
            asyncio.iscoroutinefunction(asyncio.gather), asyncio.iscoroutinefunction(asyncio.gather)))
        print("fact:all-tasks-type %s | asyncio.all_tasks() gave a %s" % (type(asyncio.all_tasks()).__name__, type(asyncio.all_tasks()).__name__))
        failed_result = "raises" if outcome(broken.result) == "KeyError" else outcome(broken.result)
        print("fact:result-of-failed %s | result() on a task that raised KeyError: %s" % (failed_result, outcome(broken.result)))
        given = loop.create_future()
        print("fact:ensure-future-same %s | ensure_future() given a Future returned that same Future: %s" % (
            asyncio.ensure_future(given) is given, asyncio.ensure_future(given) is given))
        given.cancel()
        messaged = asyncio.create_task(asyncio.sleep(1))
        await asyncio.sleep(0)
        messaged.cancel("bye")
        try:
            await messaged
            carried = ()
        except asyncio.CancelledError as error:
            carried = error.args
        print("fact:cancel-message %s | task.cancel('bye'): the CancelledError that came out carried %r" % (carried == ("bye",), carried))
        wrapped = asyncio.ensure_future(value(4))
        print("fact:ensure-future-task %s | ensure_future() given a coroutine returned a Task: %s" % (
            isinstance(wrapped, asyncio.Task), isinstance(wrapped, asyncio.Task)))
        await wrapped


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/bare-call-builds-coroutine", .api,
            #"\b(?:calling|invoking|call) (?:an? |the |your )?\#(coroutineFunction)\b(?: (?:without|with no) (?:\{c\d+=await\}|await(?:ing)?)(?: it)?)?\#(BehaviourPhrase.inPhrase) (?:just |only |merely |simply )?\#(BehaviourPhrase.negated)(?:builds?|creates?|returns?|makes?|gives?(?: you)?(?: back)?|produces?|hands? (?:you )?back) (?:back )?(?:a |an |the )?(?:new |fresh )?coroutine(?: object)?\b"#,
            key: "bare-call-runs-body", expected: "False",
            "Calling a coroutine function only builds a coroutine object (decided by a probe)."),
        BehaviourFamily.Rule("api/bare-call-body-waits", .api,
            #"\b(?:calling|invoking|call) (?:an? |the |your )?\#(coroutineFunction)\b\#(BehaviourPhrase.inSentence)\b(?:nothing|none) (?:of |in )(?:its|the|the function's) (?:body|code)\b (?:runs|executes|is run|is executed|happens) (?:until|before|unless) (?:it is |it's |you |something |the coroutine is )?(?:awaited|await)"#,
            key: "bare-call-runs-body", expected: "False",
            "Calling a coroutine function runs none of its body until it is awaited (decided by a probe)."),
        BehaviourFamily.Rule("api/bare-call-runs-body", .api,
            #"\b(?:calling|invoking) (?:an? |the |your )?\#(coroutineFunction)\b(?: (?:without|with no) (?:\{c\d+=await\}|await(?:ing)?)(?: it)?)?\#(BehaviourPhrase.inPhrase) (?:already |immediately |also )?\#(BehaviourPhrase.negated)(?:runs?|executes?|starts?) (?:its |the )?(?:body|code)\b"#,
            key: "bare-call-runs-body", expected: "True",
            "Calling a coroutine function runs its body (decided by a probe: it only builds a coroutine)."),
        BehaviourFamily.Rule("api/coroutine-reawait-raises", .api,
            #"\b(?:await(?:ing|s|ed)?|re-?awaiting) (?:the same |a |one |that |an already[- ]awaited |your )?coroutine(?: object)?\b\#(BehaviourPhrase.inClause)\b(?:twice|a second time|again|more than once)\b\#(BehaviourPhrase.inClause) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "coroutine-reawait", expected: "$v",
            "Awaiting a coroutine object a second time raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/coroutine-second-await-raises", .api,
            #"\bcoroutine(?: object)?\b\#(BehaviourPhrase.inSentence)\bthe second (?:\{c\d+=await\}|await)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "coroutine-reawait", expected: "$v",
            "The second await of a coroutine object raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/coroutine-reawait-error", .api,
            #"\b(?:await(?:ing)?|re-?awaiting) (?:the same |a |one |that |an already[- ]awaited |your )?coroutine(?: object)?\b\#(BehaviourPhrase.inClause)\b(?:twice|a second time|again|more than once)\b\#(BehaviourPhrase.inPhrase) (?:is |gives |causes )\#(BehaviourPhrase.negated)(?:an? )?(?:error|mistake|exception)\b"#,
            key: "coroutine-reawait-fails", expected: "True",
            "Awaiting a coroutine object twice is an error (decided by a probe)."),
        BehaviourFamily.Rule("api/coroutine-awaited-once", .api,
            #"\bcoroutine(?: objects?)?s? (?:can|may) only be awaited once\b"#,
            key: "coroutine-reawait-fails", expected: "True",
            "A coroutine object can be awaited only once (decided by a probe)."),
        BehaviourFamily.Rule("api/coroutine-awaited-again", .api,
            #"\bcoroutine(?: objects?)?s? (?:can|may)(?<neg>not|'t| not)? (?:also )?be (?:awaited|reused|re-?awaited) (?:twice|again|more than once|a second time|multiple times|repeatedly)\b"#,
            key: "coroutine-reawait-fails", expected: "False",
            "A coroutine object can be awaited again (decided by a probe: the second await raises)."),
        BehaviourFamily.Rule("api/task-awaited-again", .api,
            #"\b(?:finished |completed |done |same |a )?task(?: object)?s? (?:that (?:has|is) (?:already )?(?:finished|done|completed) )?(?:can|may)(?<neg>not|'t| not)? (?:also |safely )?be awaited (?:again|twice|more than once|a second time|multiple times|repeatedly|by (?:several|many|multiple) (?:coroutines|tasks|callers))\b"#,
            key: "task-reawait-fails", expected: "False",
            "A task can be awaited again (decided by a probe)."),
        BehaviourFamily.Rule("api/future-awaited-again", .api,
            #"\b(?:finished |completed |done |resolved |same |a )?future(?: object)?s? (?:that (?:has|is) (?:already )?(?:finished|done|completed|resolved) )?(?:can|may)(?<neg>not|'t| not)? (?:also |safely )?be awaited (?:again|twice|more than once|a second time|multiple times|repeatedly|by (?:several|many|multiple) (?:coroutines|tasks|callers))\b"#,
            key: "future-reawait-same", expected: "True",
            "A finished future can be awaited again (decided by a probe)."),
        BehaviourFamily.Rule("api/task-reawait-raises", .api,
            #"\bawait(?:ing)? (?:a |the |that |one )?(?:finished |completed |done |same )?task (?:again|twice|a second time|more than once)\b\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?|fails?|errors?)\b"#,
            key: "task-reawait-fails", expected: "True",
            "Awaiting a task twice raises (decided by a probe: it gives the result again)."),
        BehaviourFamily.Rule("api/task-reawait-same-result", .api,
            #"\btask\b\#(BehaviourPhrase.inSentence)\b(?:second|another|later|repeated|next) (?:\{c\d+=await\}|await)s?\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:gives?|returns?|hands?|yields?|produces?)(?: you)?(?: back)? (?:back )?(?:the )?same (?:result|value|object)\b"#,
            key: "task-reawait-same", expected: "True",
            "A second await of a finished task gives the same result (decided by a probe)."),
        BehaviourFamily.Rule("api/task-get-name", .api,
            #"\#(BehaviourPhrase.method("get_name"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?|reports?)(?: you)?(?: back)? (?:the |its )?name\b\#(BehaviourPhrase.inClause)\b(?:passed|given|supplied|set)\b"#,
            key: "task-name", expected: "True",
            "get_name() returns the name given to create_task (decided by a probe)."),
        BehaviourFamily.Rule("api/current-task-in-task", .api,
            #"^(?!.*\b(?:outside|callback|none|no task)\b)\#(BehaviourPhrase.inSentence)\#(currentTask)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|is) (?:the |a )?(?:(?:task|\{c\d+=(?:asyncio\.)?task\})(?: object)? (?:that is |which is |that's )?(?:currently )?(?:running|executing|that runs|which runs|wrapping|that wraps)|(?:currently )?(?:running|current|executing|calling|enclosing) (?:task|\{c\d+=(?:asyncio\.)?task\}))(?!\w)"#,
            key: "current-task-in-task", expected: "True",
            "current_task() inside a coroutine returns the task running it (decided by a probe)."),
        BehaviourFamily.Rule("api/current-task-none-in-callback", .api,
            #"^(?!.*\b(?:(?:event )?loop is(?: not|n't)? running|no (?:running )?(?:event )?loop|(?:outside|without) (?:of )?(?:a |an |the |any )?(?:running )?(?:event )?loop|synchronous|sync code|module level|top level)\b)(?=.*\b(?:callbacks?|outside (?:of )?(?:a |any )task|not (?:inside|in|within|from) (?:a |any )task|no task is running)\b).*?\#(currentTask)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: back)?|is) (?:\{c\d+=)?(?<v>none)(?:\}|\b)"#,
            key: "current-task-in-callback", expected: "$v",
            "current_task() outside any task (in a callback) returns None (decided by a probe)."),
        BehaviourFamily.Rule("api/exception-of-failed-returns", .api,
            #"^(?=.*\b(?:raised|failed|fails|crashed|errored|threw|finished with an? (?:exception|error)|ended with an? (?:exception|error))\b)\#(BehaviourPhrase.inSentence)\#(BehaviourPhrase.method("exception"))\#(BehaviourPhrase.inPhrase) (?:just |simply )?\#(BehaviourPhrase.negated)(?:returns?|gives?|hands?)(?: you)?(?: back)? (?:back )?(?:the |that |its )?(?:exception|error)(?: object| instance)?\b"#,
            key: "exception-of-failed", expected: "returns",
            "exception() on a task that failed returns the exception object (decided by a probe)."),
        BehaviourFamily.Rule("api/exception-of-failed-raises", .api,
            #"^(?=.*\b(?:raised|failed|fails|crashed|errored|threw|finished with an? (?:exception|error)|ended with an? (?:exception|error))\b)\#(BehaviourPhrase.inSentence)\#(BehaviourPhrase.method("exception"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:re-?raises?|throws?) (?:it|them|the (?:original |stored )?(?:exception|error)|that (?:exception|error))\b"#,
            key: "exception-of-failed", expected: "raises",
            "exception() on a failed task raises the exception (decided by a probe: it returns it)."),
        BehaviourFamily.Rule("api/result-of-running-task-blocks", .api,
            #"\#(BehaviourPhrase.method("result"))\#(BehaviourPhrase.inClause) (?:on|of|for) \#(runningTask)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:blocks|waits|hangs|suspends|pauses)\b"#,
            key: "result-of-running-task", expected: "blocks",
            "result() on a task that is still running blocks until it is done (decided by a probe: it raises)."),
        BehaviourFamily.Rule("api/result-of-running-task-raises", .api,
            #"\#(BehaviourPhrase.method("result"))\#(BehaviourPhrase.inClause) (?:on|of|for) \#(runningTask)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "result-of-running-task", expected: "$v",
            "result() on a task that is still running raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/create-task-takes-future", .api,
            #"\#(BehaviourPhrase.method("create_task"))\#(BehaviourPhrase.inPhrase) (?:will |can |does |would )?(?:also |happily |even |just )?\#(BehaviourPhrase.negated)(?:also )?(?:takes?|accepts?|wraps?|be given) (?:a |an |any )?(?:plain |bare |existing |ordinary )?(?:\{c\d+=(?:asyncio\.)?future(?:\(\))?\}|futures?\b)"#,
            key: "create-task-future", expected: "returns",
            "create_task() accepts a Future (decided by a probe: it raises TypeError)."),
        BehaviourFamily.Rule("api/create-task-only-coroutines", .api,
            #"\#(BehaviourPhrase.method("create_task"))\#(BehaviourPhrase.inPhrase) (?:only (?:takes?|accepts?|wants|wraps?)|(?:requires|needs|expects|insists on) (?:a |an actual |a real )?) ?(?:coroutines?|\{c\d+=(?:async ?def|coroutine)\})(?: objects?)?\b"#,
            key: "create-task-future", expected: "TypeError",
            "create_task() accepts only coroutines (decided by a probe: a Future raises TypeError)."),
        BehaviourFamily.Rule("api/create-task-future-raises", .api,
            #"\#(BehaviourPhrase.method("create_task"))\#(BehaviourPhrase.inClause)\b(?:given|passed|with|on) (?:a |an )?(?:plain |bare )?(?:\{c\d+=(?:asyncio\.)?future(?:\(\))?\}|future)(?!\w)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "create-task-future", expected: "$v",
            "create_task() given a Future raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/ensure-future-wraps-task", .api,
            #"\#(BehaviourPhrase.method("ensure_future"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:wraps?|turns?|converts?|schedules?|puts?) (?:a |the |your |any )?coroutine(?: object)?s?\b\#(BehaviourPhrase.inPhrase) (?:in|into|as) (?:a |an )?(?:\{c\d+=(?:asyncio\.)?task\}|task)(?!\w)"#,
            key: "ensure-future-task", expected: "True",
            "ensure_future() wraps a coroutine in a Task (decided by a probe)."),
        BehaviourFamily.Rule("api/create-task-returns-class", .api,
            #"\#(BehaviourPhrase.method("create_task"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back|produces?) (?:an? |the )?\{c\d+=(?:asyncio\.)?task\}"#,
            key: "create-task-is-task", expected: "True",
            "create_task() returns an asyncio.Task (decided by a probe)."),
        BehaviourFamily.Rule("api/create-task-returns-future-class", .api,
            #"\#(BehaviourPhrase.method("create_task"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back|produces?) (?:an? |the )?\{c\d+=(?:asyncio\.)?future\}"#,
            key: "create-task-is-future", expected: "True",
            "create_task() returns an asyncio.Future (a Task is one; decided by a probe)."),
        BehaviourFamily.Rule("api/create-task-returns-bare-coroutine", .api,
            #"\#(BehaviourPhrase.method("create_task"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back|produces?) (?:an? |the )?(?:plain |bare |raw |regular |simple |ordinary )+coroutine(?: object)?\b"#,
            key: "create-task-is-coroutine", expected: "True",
            "create_task() returns a bare coroutine (decided by a probe: it returns a Task)."),
        BehaviourFamily.Rule("api/create-task-only-schedules", .api,
            #"\#(BehaviourPhrase.method("create_task"))\#(BehaviourPhrase.inPhrase) (?:only |just |merely |simply )(?:\*)?(?:schedules?|queues?)(?:\*)? (?:the |your |a |its )?(?:coroutine|task|it)\b"#,
            key: "create-task-runs-at-once", expected: "False",
            "create_task() only schedules the coroutine: it starts later (decided by a probe)."),
        BehaviourFamily.Rule("api/gather-not-coroutine-function", .api,
            #"\{c\d+=(?:asyncio\.)?gather(?:\(\))?\}(?: itself)? (?:is |'s |(?=isn't ))\#(BehaviourPhrase.negated)(?:an? )?(?:coroutine function|\{c\d+=async ?def\} function|async function)\b"#,
            key: "gather-is-coroutine-function", expected: "True",
            "gather() is a coroutine function (decided by a probe: it is a plain function that returns a future)."),
        BehaviourFamily.Rule("api/finished-task-leaves-all-tasks", .api,
            #"\b(?:a |the )?(?:finished|completed|done) tasks? \#(BehaviourPhrase.negated)(?:drops?|falls?|disappears?|vanishes?|is removed|are removed|goes|go) (?:out )?(?:of|from) \{c\d+=(?:asyncio\.)?all_tasks\(\)\}"#,
            key: "finished-task-in-all-tasks", expected: "False",
            "A finished task leaves all_tasks() (decided by a probe)."),
        BehaviourFamily.Rule("api/all-tasks-type", .api,
            #"\{c\d+=(?:asyncio\.)?all_tasks\(\)\}\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?) (?:an? |the )?(?<v>set|list|tuple|dict|generator|iterator)\b"#,
            key: "all-tasks-type", expected: "$v",
            "all_tasks() returns a set (decided by a probe)."),
        BehaviourFamily.Rule("api/result-of-failed-raises", .api,
            #"(?:\#(BehaviourPhrase.method("result"))\#(BehaviourPhrase.inClause) (?:on|of|for) \#(failedTask)|^(?=\#(BehaviourPhrase.inSentence)\b(?:raised|failed|crashed|errored)\b)\#(BehaviourPhrase.inSentence)\#(BehaviourPhrase.method("result")))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:re-?raises?|raises?|throws?) (?:it|them|the (?:original |same |stored |task's )?(?:exception|error)|that (?:exception|error))\b"#,
            key: "result-of-failed", expected: "raises",
            "result() on a failed task raises its exception (decided by a probe)."),
        BehaviourFamily.Rule("api/result-of-failed-returns", .api,
            #"\#(BehaviourPhrase.method("result"))\#(BehaviourPhrase.inClause) (?:on|of|for) \#(failedTask)\#(BehaviourPhrase.inPhrase) (?:just |simply )?\#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|hands? back) (?:the |that |its )?(?:exception|error)(?: object| instance)?\b"#,
            key: "result-of-failed", expected: "returns",
            "result() on a failed task returns the exception (decided by a probe: it raises it)."),
        BehaviourFamily.Rule("api/ensure-future-returns-same-future", .api,
            #"\#(BehaviourPhrase.method("ensure_future"))\#(BehaviourPhrase.inClause)\b(?:given|passed|on|with|for) (?:a |an |the )?(?:future|task|\{c\d+=(?:asyncio\.)?(?:future|task)\})(?!\w)\#(BehaviourPhrase.inPhrase) (?:just |simply )?\#(BehaviourPhrase.negated)(?:returns?|gives?(?: back)?|hands? back) (?:it|the same (?:object|future|task|one)|that (?:same )?(?:object|future|task))\b"#,
            key: "ensure-future-same", expected: "True",
            "ensure_future() given a future returns that same future (decided by a probe)."),
        BehaviourFamily.Rule("api/ensure-future-wraps-future", .api,
            #"\#(BehaviourPhrase.method("ensure_future"))\#(BehaviourPhrase.inClause)\b(?:given|passed|on|with|for) (?:a |an |the )?(?:future|\{c\d+=(?:asyncio\.)?future\})(?!\w)\#(BehaviourPhrase.inPhrase) (?:always )?\#(BehaviourPhrase.negated)(?:wraps?|puts?) (?:it|the future) in (?:a |another |a new )(?:task|future)\b"#,
            key: "ensure-future-same", expected: "False",
            "ensure_future() wraps a future in a new task (decided by a probe: it returns the future itself)."),
        BehaviourFamily.Rule("api/can-await-coroutine-twice", .api,
            #"\b(?:you |we |one )?(?:can(?<neg>not|'t| not)?|may) (?:safely |also |even )?(?:re-?)?await (?:a |the same |one |that |your )?coroutine(?: object)? (?:twice|again|more than once|a second time|multiple times)\b"#,
            key: "coroutine-reawait-fails", expected: "False",
            "A coroutine object can be awaited twice (decided by a probe: the second await raises)."),
        BehaviourFamily.Rule("api/awaiting-used-coroutine-raises", .api,
            #"\b(?:re-?awaiting|awaiting) (?:a |an |the )?(?:already[- ](?:awaited|finished|used|consumed|exhausted)|exhausted|finished|spent|used(?: up)?) coroutine(?: object)?\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "coroutine-reawait", expected: "$v",
            "Awaiting a coroutine that was already awaited raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/task-reawait-returns-result", .api,
            #"\bawait(?:ing)? (?:a |the |that |one )?(?:finished |completed |done |same )?task (?:again|twice|a second time|more than once)\b\#(BehaviourPhrase.inPhrase) (?:just |simply |only )?\#(BehaviourPhrase.negated)(?:returns?|gives?(?: you)?(?: back)?|hands? (?:you )?back) (?:its|the same|the|that) (?:result|value|return value)\b"#,
            key: "task-reawait-same", expected: "True",
            "Awaiting a finished task again gives its result again (decided by a probe)."),
        BehaviourFamily.Rule("api/ensure-future-plain-future", .api,
            #"\#(BehaviourPhrase.method("ensure_future"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:wraps?|turns?|converts?|puts?) (?:a |the |your |any )?coroutine(?: object)?s?\b\#(BehaviourPhrase.inPhrase) (?:in|into|as) (?:a |an )?(?:plain|bare|simple|ordinary|mere) (?:\{c\d+=(?:asyncio\.)?future\}|future)(?!\w)"#,
            key: "ensure-future-task", expected: "False",
            "ensure_future() turns a coroutine into a plain Future (decided by a probe: it makes a Task)."),
        BehaviourFamily.Rule("api/cancel-message-reaches-error", .api,
            #"(?:\#(BehaviourPhrase.method("cancel"))\#(BehaviourPhrase.inClause)\b(?:message|msg)\b|\b(?:message|msg)\b\#(BehaviourPhrase.inClause)\#(BehaviourPhrase.method("cancel")))\#(BehaviourPhrase.inClause)\b\#(BehaviourPhrase.negated)(?:is |gets |will be )?(?:passed|handed|given|forwarded|attached|carried|delivered|ends up|shows up|appears|available|included)\b\#(BehaviourPhrase.inClause)(?:\{c\d+=(?:asyncio\.)?cancellederror[^}]*\}|\bcancellederror\b)"#,
            key: "cancel-message", expected: "True",
            "The message given to cancel() reaches the CancelledError (decided by a probe)."),
        BehaviourFamily.Rule("api/cancel-passes-message", .api,
            #"\#(BehaviourPhrase.method("cancel"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:passes|forwards|hands|attaches|pass|forward|hand|attach) (?:its |the |a |your )?(?:message|msg)\b(?: (?:on|along|over))? (?:to|into|onto) (?:the )?(?:\{c\d+=(?:asyncio\.)?cancellederror[^}]*\}|cancellederror\b)"#,
            key: "cancel-message", expected: "True",
            "cancel() passes its message to the CancelledError (decided by a probe)."),
    ])

    /// "an `async def` function", "a coroutine function", "an async function".
    private static let coroutineFunction = #"(?:\{c\d+=async ?def\} |async def |async |coroutine )functions?"#
    /// `asyncio.current_task()`, `current_task`.
    private static let currentTask = BehaviourPhrase.method("current_task")
    /// "a task that raised", "a failed future".
    private static let failedTask = #"(?:a |an |the )?(?:(?:failed|crashed) (?:task|future)|(?:task|future) (?:that|which) (?:has )?(?:raised|failed|crashed|errored)(?: an? (?:exception|error))?)"#
    /// "a task that hasn't finished yet", "a still-running task", "a pending task".
    private static let runningTask = #"(?:a |an |the )?(?:(?:still[- ]running|pending|unfinished|running|incomplete|not[- ]yet[- ](?:done|finished)) task|task (?:that|which) (?:is (?:still )?(?:running|pending|in progress)|(?:isn't|is not|hasn't|has not|is not yet|isn't yet|has not yet|hasn't yet) (?:yet )?(?:done|finished|completed|complete)(?: yet)?|is still (?:running|pending)))"#
}
