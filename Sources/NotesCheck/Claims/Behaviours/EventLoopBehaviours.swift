extension Behaviours {
    /// The loop's own scheduling and asyncio.run's shutdown: call_soon and call_later order, executors that keep
    /// the loop free, leftover tasks cancelled (not killed) when main() returns.
    static let eventLoop = BehaviourFamily(name: "event-loop", cue: #"call_soon|call_later|to_thread|run_in_executor|create_task|run\(|asyncio\.run|=run\b|leftover|left over|left-over|remaining|pending|background|unfinished|outstanding|orphaned|still running|block|freez|stall|hog"#, program: #"""
    import asyncio
    import time

    shutdown = []


    async def leftover():
        try:
            await asyncio.sleep(10)
            shutdown.append("finished")
        except asyncio.CancelledError:
            shutdown.append("CancelledError")
            raise
        finally:
            shutdown.append("finally")


    def blocking(seconds):
        time.sleep(seconds)
        return seconds


    async def count_ticks(ticks):
        for _ in range(4):
            await asyncio.sleep(0.05)
            ticks.append(asyncio.get_running_loop().time())


    async def main():
        loop = asyncio.get_running_loop()
        order = []
        loop.call_soon(order.append, "first")
        loop.call_soon(order.append, "second")
        loop.call_soon(order.append, "third")
        at_return = list(order)
        await asyncio.sleep(0)
        print("fact:call-soon-runs-at-once %s | right after call_soon() returned, its callback had run: %s" % (
            bool(at_return), bool(at_return)))
        print("fact:call-soon-order %s | three call_soon() callbacks ran as %s" % (
            "fifo" if order == ["first", "second", "third"] else "other", ",".join(order)))
        timers = []
        loop.call_later(0.5, timers.append, "late")
        loop.call_later(0.2, timers.append, "early")
        await asyncio.sleep(0.6)
        print("fact:call-later-order %s | call_later(0.5) scheduled before call_later(0.2) ran %s" % (
            "by-delay" if timers == ["early", "late"] else "by-scheduling", " then ".join(timers)))
        for name, start in (("to-thread", lambda: asyncio.to_thread(blocking, 0.2)),
                            ("run-in-executor", lambda: loop.run_in_executor(None, blocking, 0.2))):
            ticks = []
            began = loop.time()
            await asyncio.gather(start(), count_ticks(ticks))
            during = sum(1 for tick in ticks if tick - began < 0.2)
            print("fact:%s-blocks-loop %s | while the blocking call slept in its worker thread, another task kept ticking: %s" % (
                name, during == 0, during > 0))
        inner = asyncio.sleep(0)
        try:
            asyncio.run(inner)
            nested = "works"
        except RuntimeError:
            nested = "RuntimeError"
        inner.close()
        print("fact:nested-run %s | asyncio.run() called inside a running coroutine: %s" % (nested, nested))
        queue = asyncio.Queue()
        event = asyncio.Event()
        lock = asyncio.Lock()
        await lock.acquire()
        waiting = {
            "queue.get()": asyncio.create_task(queue.get()),
            "event.wait()": asyncio.create_task(event.wait()),
            "lock.acquire()": asyncio.create_task(lock.acquire()),
            "asyncio.sleep()": asyncio.create_task(asyncio.sleep(10)),
        }
        ticks = []
        await count_ticks(ticks)
        still_waiting = [name for name, task in waiting.items() if not task.done()]
        print("fact:awaiting-primitive-blocks-loop %s | while tasks waited in %s, another task went on for %d steps" % (
            not ticks, ", ".join(still_waiting), len(ticks)))
        for task in waiting.values():
            task.cancel()
        await asyncio.gather(*waiting.values(), return_exceptions=True)
        asyncio.create_task(leftover())
        await asyncio.sleep(0)
        return "value"


    def create_task_outside_loop():
        coroutine = asyncio.sleep(0)
        try:
            asyncio.create_task(coroutine)
            return "schedules"
        except RuntimeError:
            return "RuntimeError"
        finally:
            coroutine.close()


    outside = create_task_outside_loop()
    print("fact:create-task-outside-loop %s | asyncio.create_task() called with no running event loop: %s" % (outside, outside))
    result = asyncio.run(main())
    print("fact:run-cancels-leftovers %s | a task still sleeping when main() returned logged %s" % (
        "CancelledError" in shutdown, shutdown))
    print("fact:leftover-finally-runs %s | its finally block ran during asyncio.run()'s shutdown: %s" % (
        "finally" in shutdown, "finally" in shutdown))
    print("fact:run-returns-result %s | asyncio.run(main()) returned %r, main()'s return value" % (result == "value", result))
    """#, rules: [
        BehaviourFamily.Rule("api/call-soon-runs-at-once", .api,
            #"\#(callSoon)\#(BehaviourPhrase.inPhrase) (?:are |is |get |gets )?\#(BehaviourPhrase.negated)(?:runs?|calls?|executes?|invokes?|fires?|executed|run|called|invoked|fired)(?: (?:the|its|your|that))?(?: (?:callback|function|it))?\b\#(BehaviourPhrase.inClause)(?:\#(BehaviourPhrase.atOnce)|before (?:it |the call )?(?:returns|returning)|inline)"#,
            key: "call-soon-runs-at-once", expected: "True",
            "call_soon() runs the callback before returning (decided by a probe: on the next loop iteration)."),
        BehaviourFamily.Rule("api/call-soon-schedules", .api,
            #"\#(callSoon)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:only )?(?:schedules?|queues?|defers?|arranges?)\b\#(BehaviourPhrase.inClause)\b(?:next (?:loop )?iteration|later|next (?:turn|tick|pass)|ready queue)"#,
            key: "call-soon-runs-at-once", expected: "False",
            "call_soon() schedules the callback for the loop's next iteration (decided by a probe)."),
        BehaviourFamily.Rule("api/call-soon-fifo", .api,
            #"\#(callSoon)\#(BehaviourPhrase.inClause) (?:run|are called|execute|fire|are run|are executed|are invoked|get called|happen)\b\#(BehaviourPhrase.inClause) (?:in (?:the |exactly the )?(?:same )?order (?:they|in which they) (?:were|are) (?:registered|scheduled|added|made|queued|called)|in (?:(?<neg>reverse|random|arbitrary|lifo|no particular)|fifo|registration|scheduling) order|first-in,? first-out)\b"#,
            key: "call-soon-order", expected: "fifo",
            "call_soon() callbacks run in the order they were registered (decided by a probe)."),
        BehaviourFamily.Rule("api/call-later-by-delay", .api,
            #"\#(callLater)\#(BehaviourPhrase.inClause)\b(?:shorter|smaller|shortest|smallest|earlier|earliest|lower|lowest) (?:delay|deadline|timeout|wait)\b\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:runs?|fires?|is called|executes?|goes|comes|is run) first\b"#,
            key: "call-later-order", expected: "by-delay",
            "The call_later() callback with the shorter delay runs first (decided by a probe)."),
        BehaviourFamily.Rule("api/call-later-by-scheduling", .api,
            #"\#(callLater)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:run|fire|are called|execute|are run|are executed|go off) in (?:the )?(?:same )?order (?:they|in which they) were (?:scheduled|registered|made|called|created|added)\b(?!\#(BehaviourPhrase.inClause)\b(?:regardless|whatever|no matter)\b)"#,
            key: "call-later-order", expected: "by-scheduling",
            "call_later() callbacks run in the order they were scheduled (decided by a probe: by their delays)."),
        BehaviourFamily.Rule("api/to-thread-blocks-loop", .api,
            #"\#(toThread)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(blocksLoop)"#,
            key: "to-thread-blocks-loop", expected: "True",
            "to_thread() blocks the event loop (decided by a probe: the loop runs on while the thread works)."),
        BehaviourFamily.Rule("api/to-thread-keeps-loop-free", .api,
            #"\#(toThread)\#(BehaviourPhrase.inClause) \#(keepsLoopFree)"#,
            key: "to-thread-blocks-loop", expected: "False",
            "to_thread() keeps the event loop free (decided by a probe)."),
        BehaviourFamily.Rule("api/run-in-executor-blocks-loop", .api,
            #"\#(runInExecutor)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(blocksLoop)"#,
            key: "run-in-executor-blocks-loop", expected: "True",
            "run_in_executor() blocks the event loop (decided by a probe: the loop runs on while the worker works)."),
        BehaviourFamily.Rule("api/run-in-executor-keeps-loop-free", .api,
            #"\#(runInExecutor)\#(BehaviourPhrase.inClause) \#(keepsLoopFree)"#,
            key: "run-in-executor-blocks-loop", expected: "False",
            "run_in_executor() keeps the event loop free (decided by a probe)."),
        BehaviourFamily.Rule("api/leftover-tasks-killed", .api,
            #"\b\#(leftoverTasks)\#(BehaviourPhrase.inClause) (?:are|get|will be|gets|is) (?:simply |just |silently |abruptly )?(?:killed|destroyed|terminated|dropped|thrown away)(?: outright| immediately| on the spot| without (?:any )?(?:cleanup|warning|a chance))?\b(?=\#(BehaviourPhrase.inSentence)\b(?:never|outright|simply|without|abruptly|silently)\b)"#,
            key: "leftover-finally-runs", expected: "False",
            "Leftover tasks are killed outright when asyncio.run() returns (decided by a probe: they are cancelled and clean up)."),
        BehaviourFamily.Rule("api/leftover-finally-runs", .api,
            #"\b\#(leftoverTasks)\#(BehaviourPhrase.inSentence)\b(?:their|its|the tasks'|the) (?:\{c\d+=finally:?\}|finally|cleanup|clean-up|except)(?: blocks?| clauses?| code| handlers?)? \#(BehaviourPhrase.negated)(?:ever |still )?(?:runs?|executes?|get to run|gets to run|are run|is run|are executed|get a chance to run)\b"#,
            key: "leftover-finally-runs", expected: "True",
            "Leftover tasks run their finally blocks when asyncio.run() cancels them (decided by a probe)."),
        BehaviourFamily.Rule("api/leftover-receive-cancelled-error", .api,
            #"\b\#(leftoverTasks)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:receives?|gets?|sees?|see|get|are (?:sent|thrown|given)) (?:a |an )?\#(BehaviourPhrase.type("cancellederror"))"#,
            key: "run-cancels-leftovers", expected: "True",
            "Leftover tasks receive CancelledError when asyncio.run() ends (decided by a probe)."),
        BehaviourFamily.Rule("api/run-cancels-leftovers", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)cancels? (?:all |any |whatever |every |each )?(?:of )?(?:the |its )?(?:other )?(?:tasks?|coroutines?)\b\#(BehaviourPhrase.inClause)\b(?:left over|leftover|still (?:pending|running)|remaining|not (?:yet )?(?:done|finished)|that remain|outstanding)"#,
            key: "run-cancels-leftovers", expected: "True",
            "asyncio.run() cancels the tasks still pending when main() returns (decided by a probe)."),
        BehaviourFamily.Rule("api/run-returns-result", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns|gives back|hands back|passes back) (?:whatever |what )?(?:the |its |your )?(?:\{c\d+=[^}]*\}|coroutine|main|entry point|top-level coroutine)?(?:'s)? ?(?:return value|result|returns|returned|value (?:returned|produced) by)\b"#,
            key: "run-returns-result", expected: "True",
            "asyncio.run() returns the coroutine's return value (decided by a probe)."),
        BehaviourFamily.Rule("api/awaiting-primitive-blocks-loop", .api,
            #"\#(awaitedPrimitive)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(blocksLoop)"#,
            key: "awaiting-primitive-blocks-loop", expected: "True",
            "Awaiting a queue, event, lock or asyncio.sleep blocks the event loop (decided by a probe: only the awaiting task waits)."),
        BehaviourFamily.Rule("api/leftover-tasks-cancelled", .api,
            #"(?:\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inSentence)\b\#(leftoverTasks)|\b\#(leftoverTasks)(?=.*\{c\d+=(?:asyncio\.)?run\())\#(BehaviourPhrase.inClause) (?:are|get|will be|gets|is) \#(BehaviourPhrase.negated)cancell?ed\b"#,
            key: "run-cancels-leftovers", expected: "True",
            "Tasks left when asyncio.run()'s coroutine returns are cancelled (decided by a probe)."),
        BehaviourFamily.Rule("api/run-returns-none", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) (?:always |just |only |simply )?(?:returns|gives back) (?:\{c\d+=)?none(?:\}|\b)(?!\#(BehaviourPhrase.inSentence)\b(?:if|when|unless|because|since|for)\b)"#,
            key: "run-returns-result", expected: "False",
            "asyncio.run() returns None (decided by a probe: it returns the coroutine's value)."),
        BehaviourFamily.Rule("api/create-task-outside-loop-schedules", .api,
            #"\#(createTask)\#(BehaviourPhrase.inPhrase) \#(outsideLoop)\#(BehaviourPhrase.inClause) (?:just |simply |still |only )*\#(BehaviourPhrase.negated)(?:queues?|schedules?|stores?|registers?|defers?|saves?|keeps?) (?:the |your |that )?(?:coroutine|task|it)\b"#,
            key: "create-task-outside-loop", expected: "schedules",
            "create_task() with no running loop queues the coroutine (decided by a probe: it raises RuntimeError)."),
        BehaviourFamily.Rule("api/create-task-outside-loop-raises", .api,
            #"\#(createTask)\#(BehaviourPhrase.inPhrase) \#(outsideLoop)\#(BehaviourPhrase.inClause) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "create-task-outside-loop", expected: "$v",
            "create_task() with no running loop raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/nested-run-refuses", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:refuses? to (?:start|run|work)|(?:will|can)(?:not|'t) (?:start|run)|(?:won't|will not) (?:start|run)|fails? to start|errors out) (?:when|if|while|whenever) (?:an?|another|the) (?:event )?loop is already running\b"#,
            key: "nested-run", expected: "RuntimeError",
            "asyncio.run() refuses to start inside a running loop (decided by a probe: it raises RuntimeError)."),
        BehaviourFamily.Rule("api/nested-run-works", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) (?:from|inside|within) (?:inside |within )?(?:a |an |another )?(?:coroutine|running (?:event )?loop|async function|task|event loop that is (?:already )?running)\b\#(BehaviourPhrase.inSentence) (?:simply |just )?\#(BehaviourPhrase.negated)(?:runs|works|executes|completes|reuses|nests|behaves like)\b"#,
            key: "nested-run", expected: "works",
            "asyncio.run() called inside a running coroutine works (decided by a probe: it raises RuntimeError)."),
        BehaviourFamily.Rule("api/nested-run-raises", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) (?:from|inside|within) (?:inside |within )?(?:a |an |another )?(?:coroutine|running (?:event )?loop|async function|task|event loop that is (?:already )?running)\b\#(BehaviourPhrase.inSentence) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "nested-run", expected: "$v",
            "asyncio.run() called inside a running coroutine raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/run-lets-leftovers-finish", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:lets|allows|permits) (?:the |any |all )?(?:background|remaining|pending|other|leftover|unfinished|outstanding) tasks (?:to )?(?:run|finish|complete|keep running)(?: to (?:completion|the end))?\b"#,
            key: "run-cancels-leftovers", expected: "False",
            "asyncio.run() lets leftover tasks run to completion (decided by a probe: it cancels them)."),
        BehaviourFamily.Rule("api/run-returns-whatever-main-returns", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns|gives back|hands back|passes back) (?:whatever|what) (?:the |its |your )?(?:main |top-level |entry |outer )?(?:coroutine|function|\{c\d+=[^}]*\}|main)(?: function| coroutine)? (?:returns|returned|produces|gives back)\b"#,
            key: "run-returns-result", expected: "True",
            "asyncio.run() returns what its coroutine returns (decided by a probe)."),
        BehaviourFamily.Rule("api/nested-run-cannot-be-called", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) (?:cannot|can't|can not|must not|mustn't|may not) be (?:called|used|run|started|nested) (?:from|inside|within|while|when|if|in)\b(?: inside| within)? (?:a |an |another |the )?(?:coroutine|running (?:event )?loop|async function|task|(?:event )?loop (?:is|that is) (?:already )?running)\b"#,
            key: "nested-run", expected: "RuntimeError",
            "asyncio.run() cannot be called while a loop is running (decided by a probe: it raises RuntimeError)."),
        BehaviourFamily.Rule("api/nested-run-can-be-called", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) (?:can|may) (?:also |safely |still )?be (?:called|used|nested) (?:from|inside|within) (?:inside |within )?(?:a |an |another )?(?:coroutine|running (?:event )?loop|async function|task)\b"#,
            key: "nested-run", expected: "works",
            "asyncio.run() can be called from inside a coroutine (decided by a probe: it raises RuntimeError)."),
        BehaviourFamily.Rule("api/to-thread-separate-thread", .api,
            #"\#(toThread)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:runs?|executes?|calls?|moves?|offloads?|puts?|hands?|sends?|pushes?) (?:the |your |a |that |its )?(?:blocking |sync |synchronous )?(?:function|call|callable|code|work|it)?\b ?(?:in|on|to|into|off to|onto) (?:a |an |another |its own )?(?:separate|worker|different|background|other|new) thread\b"#,
            key: "to-thread-blocks-loop", expected: "False",
            "to_thread() runs the function in another thread, so the loop is not blocked (decided by a probe)."),
        BehaviourFamily.Rule("api/to-thread-on-loop-thread", .api,
            #"\#(toThread)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:runs?|executes?|calls?) (?:\{c\d+=[^}]*\} |the function |your function |it |the callable |the code )?(?:in|on) (?:the )?(?:(?:event )?loop(?:'s)? (?:own )?thread|main thread|same thread(?: as the (?:event )?loop)?|event[- ]loop(?:'s)? thread)\b"#,
            key: "to-thread-blocks-loop", expected: "True",
            "to_thread() runs the function on the event loop's thread (decided by a probe: another thread runs it)."),
        BehaviourFamily.Rule("api/nested-run-raises-because-running", .api,
            #"\#(BehaviourPhrase.type("run"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)\#(BehaviourPhrase.inClause)\b(?:because|since|when|if|as|while|whenever) (?:an? |the |another )?(?:event )?loop is already running\b"#,
            key: "nested-run", expected: "$v",
            "asyncio.run() raises the named exception while a loop is already running (decided by a probe)."),
        BehaviourFamily.Rule("api/create-task-needs-running-loop", .api,
            #"\#(createTask)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:requires?|needs?) (?:a |an )?(?:running|active) (?:event )?loop\b"#,
            key: "create-task-outside-loop", expected: "RuntimeError",
            "create_task() needs a running loop (decided by a probe: without one it raises RuntimeError)."),
        BehaviourFamily.Rule("api/create-task-raises-outside-loop", .api,
            #"\#(createTask)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)\#(BehaviourPhrase.inClause) (?:(?:when|if|while|whenever|because) )?\#(outsideLoop)"#,
            key: "create-task-outside-loop", expected: "$v",
            "create_task() raises the named exception when no loop is running (decided by a probe)."),
    ])

    private static let callSoon = BehaviourPhrase.method("call_soon|call_soon_threadsafe")
    private static let callLater = BehaviourPhrase.method("call_later")
    private static let toThread = BehaviourPhrase.method("to_thread")
    private static let runInExecutor = BehaviourPhrase.method("run_in_executor")
    /// `queue.get()`, `await event.wait()`, `lock.acquire()`, `asyncio.sleep(1)`: awaitables that suspend only
    /// the task awaiting them.
    private static let awaitedPrimitive = #"\{c\d+=(?:await)?(?:asyncio\.sleep|[\w.]*(?:queue|q|event|ev|lock|sem|semaphore|cond|condition)\.(?:get|put|wait|acquire|join))\([^}]*\)\}"#
    /// "so the event loop stays free", "keeps the loop responsive", "without blocking the loop".
    private static let keepsLoopFree = #"\#(BehaviourPhrase.negated)(?:(?:so|while|and|meaning|which means|so that) (?:the )?(?:event )?loop (?:stays|remains|is|keeps) (?:free|responsive|unblocked|running|available)|(?:keeps?|leaves?) (?:the )?(?:event )?loop (?:free|responsive|unblocked|running|available)|without blocking (?:the )?(?:event )?loop)\b"#
    private static let blocksLoop = #"(?:blocks?|freezes?|stalls?|holds? up|hogs?) (?:the |up the )?(?:whole |entire )?(?:event )?loop\b"#
    /// "leftover tasks", "tasks that are still pending at the end", "remaining background tasks".
    private static let leftoverTasks = #"(?:(?:leftover|left-over|remaining|pending|background|unfinished|outstanding|still-running|orphaned|other) (?:background )?tasks|tasks (?:that are |which are |still )?(?:still )?(?:pending|running|left over|unfinished|not (?:yet )?(?:done|finished))(?: (?:at the end|when \{c\d+=[^}]*\} returns|at shutdown))?)"#

    /// `asyncio.create_task(coro)`, `create_task()`.
    private static let createTask = BehaviourPhrase.method("create_task")
    /// "outside a running loop", "without a running event loop", "from plain synchronous code", "before the loop starts".
    private static let outsideLoop = #"(?:outside (?:of )?(?:a |an |the |any )?(?:running )?(?:event )?loop|(?:without|with no) (?:a |an |any )?running (?:event )?loop|when no (?:event )?loop is running|(?:from|in) (?:plain |ordinary |regular )?(?:synchronous|sync|non-async) code|before the (?:event )?loop (?:starts|is running|runs))"#
}
