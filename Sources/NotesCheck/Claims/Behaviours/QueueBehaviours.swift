extension Behaviours {
    /// asyncio.Queue and its LIFO and priority variants: what waits, what raises, when join() returns, which
    /// item comes out first.
    static let queues = BehaviourFamily(name: "queues", cue: #"queue|get\(|put\(|join\(|task_done|maxsize"#, program: ProbePrelude.outcome + #"""
    async def drain(queue):
        items = []
        while not queue.empty():
            items.append(await queue.get())
        return items


    async def main():
        empty = asyncio.Queue()
        getter = asyncio.create_task(empty.get())
        await asyncio.sleep(0.1)
        print("fact:get-on-empty %s | get() on an empty queue: %s after 0.1 s" % (
            "waits" if not getter.done() else "returns", "still waiting" if not getter.done() else "returned"))
        getter.cancel()
        print("fact:get-nowait-on-empty %s | get_nowait() on an empty queue: %s" % (
            outcome(empty.get_nowait), outcome(empty.get_nowait)))
        full = asyncio.Queue(maxsize=1)
        full.put_nowait("x")
        putter = asyncio.create_task(full.put("y"))
        await asyncio.sleep(0.1)
        print("fact:put-on-full %s | put() on a full Queue(maxsize=1): %s after 0.1 s" % (
            "waits" if not putter.done() else "returns", "still waiting" if not putter.done() else "returned"))
        full.get_nowait()
        await asyncio.sleep(0)
        print("fact:put-resumes-after-get %s | after a get() made room, the waiting put() finished: %s" % (
            putter.done(), putter.done()))
        print("fact:put-nowait-on-full %s | put_nowait() on a full queue: %s" % (
            outcome(lambda: full.put_nowait("z")), outcome(lambda: full.put_nowait("z"))))
        unbounded = asyncio.Queue()
        for i in range(1000):
            unbounded.put_nowait(i)
        print("fact:default-unbounded %s | Queue() took 1000 put_nowait() calls; maxsize is %s, full() is %s" % (
            not unbounded.full(), unbounded.maxsize, unbounded.full()))

        ready = asyncio.Queue()
        ready.put_nowait("item")
        others = []

        async def other():
            others.append("ran")

        bystander = asyncio.create_task(other())
        await ready.get()
        yielded = bool(others)
        await bystander
        print("fact:get-nonempty-yields %s | while await get() took an item from a non-empty queue, another ready task ran: %s" % (
            yielded, yielded))

        work = asyncio.Queue()
        for i in range(2):
            work.put_nowait(i)
        joiner = asyncio.create_task(work.join())
        await work.get()
        await work.get()
        await asyncio.sleep(0.1)
        waited_empty = not joiner.done()
        work.task_done()
        await asyncio.sleep(0)
        waited_one = not joiner.done()
        work.task_done()
        await asyncio.sleep(0)
        print("fact:join-waits-for-task-done %s | join() on an emptied queue: %s; after one task_done(): %s; after both: %s" % (
            waited_empty and waited_one and joiner.done(), "waiting" if waited_empty else "returned",
            "waiting" if waited_one else "returned", "returned" if joiner.done() else "waiting"))
        print("fact:extra-task-done %s | task_done() called more times than there were items: %s" % (
            outcome(work.task_done), outcome(work.task_done)))

        orders = {}
        for name, kind in (("queue", asyncio.Queue), ("lifoqueue", asyncio.LifoQueue), ("priorityqueue", asyncio.PriorityQueue)):
            queue = kind()
            for item in (2, 3, 1):
                queue.put_nowait(item)
            orders[name] = await drain(queue)
        print("fact:queue-order %s | Queue gave back 2, 3, 1 as %s" % (
            "fifo" if orders["queue"] == [2, 3, 1] else "other", orders["queue"]))
        print("fact:lifoqueue-order %s | LifoQueue gave back 2, 3, 1 as %s" % (
            "lifo" if orders["lifoqueue"] == [1, 3, 2] else "other", orders["lifoqueue"]))
        print("fact:priorityqueue-order %s | PriorityQueue gave back 2, 3, 1 as %s" % (
            "smallest-first" if orders["priorityqueue"] == [1, 2, 3] else "other", orders["priorityqueue"]))


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/queue-get-empty-waits", .api,
            #"\#(getFrom) (?:an? |the )?empty (?:\#(queueType)|queue)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(waitVerb)"#,
            key: "get-on-empty", expected: "waits",
            "get() on an empty queue waits for an item (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-get-empty-raises", .api,
            #"\#(getFrom) (?:an? |the )?empty (?:\#(queueType)|queue)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "get-on-empty", expected: "$v",
            "get() on an empty queue raises the named exception (decided by a probe: it waits)."),
        BehaviourFamily.Rule("api/queue-get-waits-for-item", .api,
            #"(?=\{)(?=.*queue)\#(queueGet)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(waitVerb)(?! (?:the )?(?:whole |entire )?(?:event )?loop) (?:\w+ )?(?:until|till|for) (?:an? |the next |some )?(?:item|element|value|something|data|message|job)\b"#,
            key: "get-on-empty", expected: "waits",
            "get() waits until an item is available (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-get-nowait-empty", .api,
            #"\#(BehaviourPhrase.method("get_nowait"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "get-nowait-on-empty", expected: "$v",
            "get_nowait() on an empty queue raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-put-full-waits", .api,
            #"\#(queuePut) (?:call )?(?:on|to|into|onto|against) (?:an? |the )?full(?: bounded)? (?:\#(queueType)|queue)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(waitVerb)"#,
            key: "put-on-full", expected: "waits",
            "put() on a full queue waits for room (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-put-full-raises", .api,
            #"\#(queuePut) (?:call )?(?:on|to|into|onto|against) (?:an? |the )?full(?: bounded)? (?:\#(queueType)|queue)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "put-on-full", expected: "$v",
            "put() on a full queue raises the named exception (decided by a probe: it waits)."),
        BehaviourFamily.Rule("api/queue-put-nowait-full", .api,
            #"\#(BehaviourPhrase.method("put_nowait"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "put-nowait-on-full", expected: "$v",
            "put_nowait() on a full queue raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-default-unbounded", .api,
            #"(?:\#(queueType)|\bqueues?)\#(BehaviourPhrase.inClause) (?:created )?(?:without|with no|and no|but no) (?:a |any )?(?:\{c\d+=maxsize[^}]*\}|maxsize\b|size limit\b|limit\b)\#(BehaviourPhrase.inClause) (?:is|are) \#(BehaviourPhrase.negated)(?:unbounded|unlimited|infinite)"#,
            key: "default-unbounded", expected: "True",
            "A Queue made without maxsize is unbounded (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-join-when-empty", .api,
            #"\#(queueJoin)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns|unblocks|completes|finishes|resolves|wakes up|is done)\b\#(BehaviourPhrase.inClause) (?:as soon as|once|when|the moment|whenever) (?:the )?(?:queue|it) (?:is|becomes|gets|has become|runs) empty\b(?!\#(BehaviourPhrase.inClause)(?:task_done|processed|marked))"#,
            key: "join-waits-for-task-done", expected: "False",
            "join() returns as soon as the queue is empty (decided by a probe: it waits for task_done())."),
        BehaviourFamily.Rule("api/queue-join-waits-task-done", .api,
            #"\#(queueJoin)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:waits|blocks|suspends|returns only|only returns|returns)\b\#(BehaviourPhrase.inClause)\b(?:until|till|after|once|when)\b\#(BehaviourPhrase.inClause)(?:\#(BehaviourPhrase.method("task_done"))|task_done|(?:every|each|all(?: the)?) (?:items?|jobs?|work items?|tasks?) (?:has been |have been |is |are |was |were )?(?:processed|handled|marked (?:as )?done))"#,
            key: "join-waits-for-task-done", expected: "True",
            "join() waits until task_done() was called for every item (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-extra-task-done", .api,
            #"\#(BehaviourPhrase.method("task_done"))\#(BehaviourPhrase.inClause)\b(?:more (?:times|often) than|too (?:many times|often)|extra|one time too many)\b\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "extra-task-done", expected: "$v",
            "task_done() called too often raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/lifoqueue-order", .api,
            #"\#(BehaviourPhrase.type("lifoqueue"))\#(BehaviourPhrase.inClause) \#(ClaimCatalogue.adverbs)\#(handsBack) (?:you )?(?:the )?(?:(?<neg>oldest|first (?:added|inserted|put)|earliest)|most recent(?:ly (?:added|put|inserted|pushed))?|newest|last (?:added|inserted|put|pushed)|latest|last)(?: \w+)? (?:one |item |entry |element )?first\b"#,
            key: "lifoqueue-order", expected: "lifo",
            "A LifoQueue gives back the newest item first (decided by a probe)."),
        BehaviourFamily.Rule("api/lifoqueue-is-lifo", .api,
            #"\#(BehaviourPhrase.type("lifoqueue"))\#(BehaviourPhrase.inClause) (?:is|works|behaves|acts)(?: like| as)? \#(ClaimCatalogue.adverbs)(?:an? )?(?:(?<neg>fifo|first-in,? first-out)|lifo|last-in,? first-out|stack)\b"#,
            key: "lifoqueue-order", expected: "lifo",
            "A LifoQueue is last-in, first-out (decided by a probe)."),
        BehaviourFamily.Rule("api/priorityqueue-order", .api,
            #"\#(BehaviourPhrase.type("priorityqueue"))\#(BehaviourPhrase.inClause) \#(ClaimCatalogue.adverbs)\#(handsBack) (?:you )?(?:the )?(?:(?<neg>largest|highest|biggest|greatest|maximum)|smallest|lowest|minimum|lowest-valued|least)(?: \w+)? (?:one |item |entry |element |priority |value )?first\b"#,
            key: "priorityqueue-order", expected: "smallest-first",
            "A PriorityQueue gives back the smallest item first (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-is-fifo", .api,
            #"\#(BehaviourPhrase.type("queue"))(?: is| works| behaves| acts)(?: like| as)? \#(ClaimCatalogue.adverbs)(?:an? )?(?:(?<neg>lifo|last-in,? first-out|stack)|fifo|first-in,? first-out)\b"#,
            key: "queue-order", expected: "fifo",
            "An asyncio.Queue is first-in, first-out (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-get-nonempty-yields", .api,
            #"\#(queueGet) (?:call )?(?:on|from|of) (?:an? |the )?non-?empty (?:\#(queueType)|queue)\#(BehaviourPhrase.inClause) (?:still |also |always )*\#(BehaviourPhrase.negated)(?:yields?|suspends?|gives? up control|switches|hands control back|lets other tasks run)\b"#,
            key: "get-nonempty-yields", expected: "True",
            "get() on a non-empty queue yields to the loop (decided by a probe: it returns without suspending)."),
        BehaviourFamily.Rule("api/queue-put-waits-when-full", .api,
            #"\#(queuePut)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(waitVerb)\#(BehaviourPhrase.inClause)\b(?:whenever|when|if|once|while|as long as) the queue (?:already )?(?:holds|has|contains|is at|reaches|is full|has reached)\b(?: (?:its )?(?:\{c\d+=maxsize[^}]*\}|maxsize\b))?"#,
            key: "put-on-full", expected: "waits",
            "put() waits while the queue holds maxsize items (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-get-nowait-waits", .api,
            #"\#(BehaviourPhrase.method("get_nowait"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(waitVerb)"#,
            key: "get-nowait-on-empty", expected: "waits",
            "get_nowait() waits on an empty queue (decided by a probe: it raises QueueEmpty)."),
        BehaviourFamily.Rule("api/queue-put-nowait-waits", .api,
            #"\#(BehaviourPhrase.method("put_nowait"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)\#(waitVerb)"#,
            key: "put-nowait-on-full", expected: "waits",
            "put_nowait() waits on a full queue (decided by a probe: it raises QueueFull)."),
        BehaviourFamily.Rule("api/queue-maxsize-zero", .api,
            #"\{c\d+=(?:[\w.]*\()?maxsize=0\)?\}\#(BehaviourPhrase.inClause) (?:means|makes|gives|is|creates) \#(BehaviourPhrase.negated)(?:an? |the )?(?:queue (?:is )?)?(?:unbounded|unlimited|infinite|no (?:size )?limit|without (?:a |any )?limit)\b"#,
            key: "default-unbounded", expected: "True",
            "maxsize=0 means an unbounded queue (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-maxsize-zero-holds-nothing", .api,
            #"\{c\d+=(?:[\w.]*\()?maxsize=0\)?\}\#(BehaviourPhrase.inClause) (?:means|makes|gives|creates)\#(BehaviourPhrase.inClause) (?:can hold no items|cannot hold (?:any|an) items?|holds nothing|is always full|has (?:zero|no) capacity|zero capacity|blocks every \{c\d+=[^}]*put[^}]*\})"#,
            key: "default-unbounded", expected: "False",
            "maxsize=0 makes a queue that holds nothing (decided by a probe: it is unbounded)."),
        BehaviourFamily.Rule("api/queue-get-raises-when-empty", .api,
            #"(?=\{)(?=.*queue)\#(queueGet)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)\#(BehaviourPhrase.inClause) (?:when|if|while|whenever) (?:the queue is empty|there (?:is|are) (?:nothing|no items?)|it is empty|it's empty|the queue has no items)"#,
            key: "get-on-empty", expected: "$v",
            "get() raises the named exception when the queue is empty (decided by a probe: it waits)."),
        BehaviourFamily.Rule("api/queue-put-raises-when-full", .api,
            #"(?=\{)(?=.*queue)\#(queuePut)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)\#(BehaviourPhrase.inClause) (?:when|if|while|whenever) (?:the queue is full|it is full|it's full|there is no room|the queue has no room)"#,
            key: "put-on-full", expected: "$v",
            "put() raises the named exception when the queue is full (decided by a probe: it waits)."),
        BehaviourFamily.Rule("api/queue-join-when-items-removed", .api,
            #"\#(queueJoin)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns|unblocks|completes|finishes|resolves|wakes up|is done)\b\#(BehaviourPhrase.inClause) (?:as soon as|once|when|the moment|after) (?:all|every|each)(?: of the| the)? (?:items?|elements?|jobs?) (?:have|has) been (?:removed|taken(?: out| off)?|retrieved|fetched|pulled|gotten|got)\b(?!\#(BehaviourPhrase.inClause)(?:task_done|processed|marked))"#,
            key: "join-waits-for-task-done", expected: "False",
            "join() returns once every item was taken out (decided by a probe: it waits for task_done())."),
        BehaviourFamily.Rule("api/lifoqueue-insertion-order", .api,
            #"\#(BehaviourPhrase.type("lifoqueue"))\#(BehaviourPhrase.inPhrase) (?:\#(ClaimCatalogue.adverbs))\#(handsBack) (?:(?:the |its )?(?:items?|elements?|entries|values?|them) )?in (?:the |exactly the )?(?:(?<neg>reverse|opposite|inverse) )?(?:same )?order (?:they|in which they) (?:were|are) (?:added|put|inserted|pushed|queued)"#,
            key: "lifoqueue-order", expected: "fifo",
            "A LifoQueue gives items back in the order they were added (decided by a probe: newest first)."),
        BehaviourFamily.Rule("api/queue-order", .api,
            #"\#(BehaviourPhrase.type("queue"))\#(BehaviourPhrase.inPhrase) (?:\#(ClaimCatalogue.adverbs))\#(handsBack) (?:(?:the |its )?(?:items?|elements?|entries|values?|them) )?(?:in (?:(?<neg>lifo|last-in,? first-out|reverse)|fifo|first-in,? first-out|insertion) order|in (?:the |exactly the )?(?:same )?order (?:they|in which they) (?:were|are) (?:added|put|inserted|queued))\b"#,
            key: "queue-order", expected: "fifo",
            "An asyncio.Queue gives items back in FIFO order (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-get-nowait-empty-none", .api,
            #"^(?=\#(BehaviourPhrase.inSentence)\bempty\b).*?\#(BehaviourPhrase.method("get_nowait"))\#(BehaviourPhrase.inPhrase) (?:just |simply |only )?\#(BehaviourPhrase.negated)(?:returns?|gives?(?: back)?|hands? back) (?:\{c\d+=)?none(?:\}|\b)"#,
            key: "get-nowait-on-empty", expected: "returns",
            "get_nowait() on an empty queue returns None (decided by a probe: it raises QueueEmpty)."),
        BehaviourFamily.Rule("api/queue-extra-task-done-you-get", .api,
            #"\#(BehaviourPhrase.method("task_done"))\#(BehaviourPhrase.inClause)\b(?:more (?:times|often) than|too (?:many times|often)|extra|one time too many)\b\#(BehaviourPhrase.inClause) \#(BehaviourPhrase.negated)(?:you(?:'ll| will)? get|gives? you|results? in|leads? to|throws?) \#(BehaviourPhrase.exception)"#,
            key: "extra-task-done", expected: "$v",
            "task_done() called too often gives the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/queue-put-full-no-error", .api,
            // The raising verb is the `neg` group: "raises" states that the row is not "waits".
            #"(?:\#(queuePut)|\#(BehaviourPhrase.method("put")))\#(BehaviourPhrase.inPhrase) (?:on|to|into|against) (?:a |the |an already )?full (?:queue|\{c\d+=[^}]*\})\#(BehaviourPhrase.inPhrase) (?:(?<neg>raises?|throws?)|(?:doesn't|does not|won't|will not|never) (?:raise|throw))\b(?! (?:an? )?\{c)(?! (?:an? )?\w*(?:error|full|empty)\b)"#,
            key: "put-on-full", expected: "waits",
            "put() on a full queue does not raise: it waits (decided by a probe)."),
    ])

    /// `queue.get()`, `await q.get()`, `get()`: the queue's get, never `get_nowait()`.
    private static let queueGet = #"\{c\d+=(?:[\w.\[\]()]*\.)?get\(\)\}"#
    /// `queue.put(x)`, `await q.put(item)`, `put()`, never `put_nowait()`.
    private static let queuePut = #"\{c\d+=(?:[\w.\[\]()]*\.)?put\([^}]*\)\}"#
    /// `queue.join()` or `join()` in a sentence about a queue; never `str.join` with arguments.
    private static let queueJoin = #"(?:\{c\d+=(?:await)?[\w.]*q[\w.]*\.join\(\)\}|\{c\d+=(?:await)?join\(\)\}(?=.*\b(?:queue|task_done)))"#
    /// "`get()` on", "calling `queue.get()` against", "getting an item from".
    private static let getFrom = #"(?:\#(queueGet) (?:call )?(?:on|from|of|against)|\b(?:getting|reading|taking|pulling)(?: an item| items| a value)? (?:from|off))"#
    private static let queueType = BehaviourPhrase.type("queue|lifoqueue|priorityqueue")
    private static let waitVerb = #"(?:\#(ClaimCatalogue.adverbs))(?:waits|blocks|suspends|pauses|sleeps|hangs|will wait|will block|will suspend|has to wait|wait|block|suspend)\b"#
    private static let handsBack = #"(?:hands? (?:\w+ )?back|gives? (?:\w+ )?back|returns?|gives?|yields?|pops?|retrieves?|serves?|removes?|takes? out|hands? out|comes? out with|delivers?)"#
}
