extension Behaviours {
    /// Event, Lock, Semaphore, BoundedSemaphore and Condition: who wakes, when, in which order, and what an extra
    /// release does.
    static let synchronisation = BehaviourFamily(name: "synchronisation", cue: #"event(?! loop)|set\(|\block|semaphore|notify|waiter|acquire|releas|condition|they (?:wake|are woken|are released|resume|get released)"#, program: ProbePrelude.outcome + #"""
    async def wait_and_log(event, name, log):
        await event.wait()
        log.append(name)


    async def hold(lock, name, log):
        async with lock:
            log.append(name)
            await asyncio.sleep(0.1)


    async def reacquire(lock, log):
        async with lock:
            log.append("first acquire")
            await lock.acquire()
            log.append("second acquire")


    async def admitted(sem, state):
        async with sem:
            state["active"] += 1
            state["peak"] = max(state["peak"], state["active"])
            await asyncio.sleep(0.1)
            state["active"] -= 1


    async def wait_condition(cond, name, log):
        async with cond:
            await cond.wait()
            log.append(name)


    async def main():
        event = asyncio.Event()
        woken = []
        waiters = [asyncio.create_task(wait_and_log(event, name, woken)) for name in ("a", "b", "c")]
        await asyncio.sleep(0)
        event.set()
        at_set = list(woken)
        await asyncio.gather(*waiters)
        print("fact:event-set-wakes-all %s | set() released %d of 3 waiters" % (len(woken) == 3, len(woken)))
        print("fact:event-set-switches %s | right after set() returned, the waiters that had run: %s" % (
            bool(at_set), at_set))
        print("fact:event-wake-order %s | waiters that started waiting as a, b, c woke as %s" % (
            "fifo" if woken == ["a", "b", "c"] else "other", ",".join(woken)))
        print("fact:event-stays-set %s | after set(), is_set() is %s" % (event.is_set(), event.is_set()))

        lock = asyncio.Lock()
        order = []
        await asyncio.gather(*(hold(lock, name, order) for name in ("t0", "t1", "t2")))
        print("fact:lock-order %s | three tasks queued on a lock got it as %s" % (
            "fifo" if order == ["t0", "t1", "t2"] else "other", ",".join(order)))
        steps = []
        again = asyncio.create_task(reacquire(lock, steps))
        await asyncio.sleep(0.1)
        print("fact:lock-reentrant %s | a task that holds the lock and acquires it again: %s after 0.1 s" % (
            "second acquire" in steps, "acquired" if "second acquire" in steps else "still waiting"))
        print("fact:lock-locked-while-held %s | while a task holds it, locked() is %s" % (lock.locked(), lock.locked()))
        again.cancel()
        try:
            await again
        except asyncio.CancelledError:
            pass
        print("fact:lock-locked-when-free %s | after the holder is gone, locked() is %s" % (lock.locked(), lock.locked()))

        try:
            async with lock:
                raise KeyError("inside")
        except KeyError:
            pass
        print("fact:lock-released-on-exception %s | after the body of async with lock raised, locked() is %s" % (
            not lock.locked(), lock.locked()))
        others = []

        async def bystander():
            others.append("ran")

        ready = asyncio.create_task(bystander())
        await event.wait()
        suspended = bool(others)
        await ready
        print("fact:event-wait-when-set-suspends %s | await wait() on an event that is already set let another ready task run: %s" % (
            suspended, suspended))

        sem = asyncio.Semaphore(2)
        state = {"active": 0, "peak": 0}
        await asyncio.gather(*(admitted(sem, state) for _ in range(5)))
        print("fact:semaphore-admits-value %s | with Semaphore(2), at most %d of 5 tasks were inside at once" % (
            state["peak"] == 2, state["peak"]))
        bounded = asyncio.BoundedSemaphore(1)
        print("fact:bounded-extra-release %s | release() on a BoundedSemaphore that nobody acquired: %s" % (
            outcome(bounded.release), outcome(bounded.release)))
        plain = asyncio.Semaphore(1)
        print("fact:plain-extra-release %s | release() on a Semaphore that nobody acquired: %s" % (
            outcome(plain.release), outcome(plain.release)))
        print("fact:lock-release-unlocked %s | release() on a Lock that is not held: %s" % (
            outcome(asyncio.Lock().release), outcome(asyncio.Lock().release)))

        print("fact:notify-unlocked %s | notify() without holding the condition's lock: %s" % (
            outcome(asyncio.Condition().notify), outcome(asyncio.Condition().notify)))
        cond = asyncio.Condition()
        notified = []
        sleepers = [asyncio.create_task(wait_condition(cond, name, notified)) for name in ("a", "b", "c")]
        await asyncio.sleep(0)
        async with cond:
            cond.notify()
        await asyncio.sleep(0.1)
        one = len(notified)
        async with cond:
            cond.notify_all()
        await asyncio.gather(*sleepers)
        print("fact:notify-wakes %s | notify() woke %d of 3 waiters" % ("one" if one == 1 else "all" if one == 3 else one, one))
        print("fact:notify-all-wakes %s | notify_all() woke the other %d" % ("all" if len(notified) == 3 else "some", len(notified) - one))

        default = asyncio.Semaphore()
        await default.acquire()
        print("fact:semaphore-default %s | Semaphore() with no argument let one acquire() in, and then locked() was %s" % (
            1 if default.locked() else "more than 1", default.locked()))
        print("fact:semaphore-negative %s | Semaphore(-1): %s" % (
            outcome(lambda: asyncio.Semaphore(-1)), outcome(lambda: asyncio.Semaphore(-1))))
        flag = asyncio.Event()
        returned = []

        async def wait_flag():
            returned.append(await flag.wait())

        blinkers = [asyncio.create_task(wait_flag()) for _ in range(2)]
        await asyncio.sleep(0)
        flag.set()
        flag.clear()
        await asyncio.sleep(0.1)
        print("fact:set-clear-wakes %s | set() followed at once by clear() woke %d of 2 waiters" % (
            len(returned) == 2, len(returned)))
        print("fact:event-wait-returns %s | await event.wait() returned %r" % (returned[0] if returned else "nothing", returned))
        for blinker in blinkers:
            blinker.cancel()
        spare = asyncio.Lock()
        acquired = await spare.acquire()
        print("fact:acquire-returns %s | await lock.acquire() returned %r" % (acquired, acquired))
        print("fact:event-initially-set %s | a new Event's is_set() is %s" % (asyncio.Event().is_set(), asyncio.Event().is_set()))
        guarded = asyncio.Condition()

        async def wait_guarded():
            async with guarded:
                await guarded.wait()

        sleeper = asyncio.create_task(wait_guarded())
        await asyncio.sleep(0)
        print("fact:condition-wait-releases %s | while a task waited in wait(), the condition's lock was free: %s" % (
            not guarded.locked(), not guarded.locked()))
        sleeper.cancel()


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/event-set-wakes-all", .api,
            #"\#(eventSet)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:wakes?|releases?|unblocks?|resumes?|notifies|notify|wake|release|unblock|resume)(?: up)? (?:all|every|each|any|both)\b"#,
            key: "event-set-wakes-all", expected: "True",
            "Event.set() wakes every waiter (decided by a probe)."),
        BehaviourFamily.Rule("api/event-set-wakes-one", .api,
            #"\#(eventSet)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:wakes?|releases?|unblocks?|resumes?|notifies|wake|release|unblock|resume)(?: up)? (?:only |just )?(?:one|a single|the first|the (?:most recent|last|latest|newest))(?: one)?(?: of)? (?:the )?(?:waiting|waiters?|waiter|tasks?|coroutines?)\b"#,
            key: "event-set-wakes-all", expected: "False",
            "Event.set() wakes only one waiter (decided by a probe: it wakes them all)."),
        BehaviourFamily.Rule("api/event-set-switches", .api,
            #"\#(eventSet)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:(?:immediately|right away|straight away|at once|directly|synchronously|instantly) )?(?:switch(?:es)? to|runs?|resumes?|hands? (?:control )?(?:over )?to|transfers? control to|gives? control to|jumps? to|executes?) (?:the |all |every |each |all the |any )?(?:waiting|waiters?|blocked|tasks)\#(BehaviourPhrase.inClause)(?:\#(BehaviourPhrase.atOnce)|before (?:it |\{c\d+=[^}]*set\(\)\} )?(?:returns|has returned)|before returning|inside (?:the call|\{c\d+=[^}]*set\(\)\}))"#,
            key: "event-set-switches", expected: "True",
            "Event.set() runs the waiters before it returns (decided by a probe: they run after the setter yields)."),
        BehaviourFamily.Rule("api/event-waiters-after-setter", .api,
            #"\b(?:waiters|waiting tasks|woken tasks|the tasks waiting on (?:it|the event))\#(BehaviourPhrase.inClause) (?:only )?(?:run|resume|continue|wake up|proceed|get to run)\b\#(BehaviourPhrase.inClause) (?:after|once|when) (?:the )?(?:setter|caller|setting task|task that (?:called|set) (?:it|\{c\d+=[^}]*set\(\)\}))(?: \w+)? (?:yields|awaits|suspends|gives up control|returns control|hits an await)"#,
            key: "event-set-switches", expected: "False",
            "The waiters run only after the task that set the event yields (decided by a probe)."),
        BehaviourFamily.Rule("api/waiters-fifo", .api,
            #"\b(?:waiters|waiting tasks|tasks waiting on (?:it|the event|an event)|the waiting tasks)(?: \w+){0,3}? (?:are |get |will be |all )?(?:released|woken(?: up)?|resumed|unblocked|served|wake(?: up)?|resume|run) (?:in |on a |on )?(?:(?<neg>lifo|random|arbitrary|reverse|no particular|any)\b|fifo\b|first-in,? first-out\b|first-come,? first-served\b|(?:the |exactly the |the same )?order (?:in which )?they (?:started|began|first started) (?:waiting|to wait)|(?:the |their )?arrival order)"#,
            key: "event-wake-order", expected: "fifo",
            "Waiters are woken in FIFO order (decided by a probe)."),
        BehaviourFamily.Rule("api/lock-reentrant", .api,
            #"(?:\#(BehaviourPhrase.type("lock"))|\b(?:asyncio(?:'s)? )?locks?(?: in asyncio)?)(?: objects?| instances?)? (?:is|are) \#(BehaviourPhrase.negated)(?:re-?entrant|recursive)\b"#,
            key: "lock-reentrant", expected: "True",
            "asyncio.Lock is reentrant (decided by a probe: a second acquire by its holder waits)."),
        BehaviourFamily.Rule("api/lock-holder-reacquires", .api,
            #"\b(?=the |a |its )(?=.*\block)(?:the same task|a task that (?:already )?(?:holds|owns|has acquired|acquired) (?:it|the lock)|the task that (?:already )?(?:holds|owns|has acquired) (?:it|the lock)|its holder|its owner|the holder|the owner)\#(BehaviourPhrase.inClause) (?:can|may|is able to|could) \#(BehaviourPhrase.negated)(?:acquire|take|lock|re-?acquire|enter) (?:it|the lock)? ?(?:a second time|twice|again|more than once|recursively)"#,
            key: "lock-reentrant", expected: "True",
            "The task holding a Lock can acquire it again (decided by a probe: it waits)."),
        BehaviourFamily.Rule("api/lock-second-acquire-blocks", .api,
            #"\b(?=a |the |second |another |nested |repeated )(?=.*\block)(?:a |the )?(?:second|another|nested|repeated) \#(BehaviourPhrase.method("acquire"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:blocks|deadlocks|hangs|waits|will block|will wait|will hang|will deadlock|never returns|block|deadlock|hang|wait)\b"#,
            key: "lock-reentrant", expected: "False",
            "A second acquire() by the Lock's holder blocks (decided by a probe)."),
        BehaviourFamily.Rule("api/lock-fifo", .api,
            #"(?:\b(?:the |a |an |asyncio )?lock|\#(BehaviourPhrase.type("lock")))(?: \w+)? (?:is |gets |are )?(?:granted|handed out|handed over|given|acquired|served|passed on)(?: out)? (?:to (?:the )?(?:waiting )?(?:tasks|waiters) )?(?:in |on a |on )?(?:(?<neg>lifo|random|arbitrary|reverse|no particular)\b|fifo\b|first-in,? first-out\b|first-come,? first-served\b|(?:the )?order (?:in which )?(?:they|tasks|the tasks) (?:asked|requested|started waiting|arrived|called))"#,
            key: "lock-order", expected: "fifo",
            "A Lock is granted in FIFO order (decided by a probe)."),
        BehaviourFamily.Rule("api/lock-waiters-fifo", .api,
            #"\b(?:waiting tasks|waiters|tasks|coroutines)\#(BehaviourPhrase.inClause) (?:get|acquire|obtain|receive|are given|are granted) (?:the |a |an )?lock (?:in |on a |on )?(?:(?<neg>lifo|random|arbitrary|reverse|no particular)\b|fifo\b|first-in,? first-out\b|first-come,? first-served\b|(?:the )?order (?:in which )?they (?:asked|requested|started waiting|arrived|called))"#,
            key: "lock-order", expected: "fifo",
            "Tasks waiting on a Lock get it in FIFO order (decided by a probe)."),
        BehaviourFamily.Rule("api/lock-locked-while-held", .api,
            #"\{c\d+=(?:[\w.]*lock[\w.]*\.)?locked\(\)\}\#(BehaviourPhrase.inClause) (?:\#(ClaimCatalogue.adverbs))(?:returns?|is|reports?|gives) (?:\{c\d+=)?(?<v>true|false)\b\#(BehaviourPhrase.inClause) (?:while|when|as long as|if|whenever) (?:some |a |any |another |the )?(?:task|coroutine|someone|somebody|holder|it is held|the lock is (?:held|acquired|taken))"#,
            key: "lock-locked-while-held", expected: "$v",
            "While a task holds a Lock, locked() reads the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/semaphore-admits-value", .api,
            #"\#(semaphoreAdmits)"#,
            key: "semaphore-admits-value", expected: "True",
            "Semaphore(n) lets n tasks in at a time (decided by a probe)."),
        BehaviourFamily.Rule("api/bounded-extra-release-raises", .api,
            #"\#(BehaviourPhrase.type("boundedsemaphore"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)\#(BehaviourPhrase.inClause)(?:\{c\d+=[^}]*releas|\breleas)"#,
            key: "bounded-extra-release", expected: "$v",
            "A BoundedSemaphore released too often raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/bounded-extra-release-ignored", .api,
            #"\#(extraBoundedRelease) (?:is |gets )?\#(BehaviourPhrase.negated)(?:silently ignored|ignored|does nothing|is a no-op|has no effect|just increments|goes unnoticed|succeeds)\b"#,
            key: "bounded-extra-release", expected: "returns",
            "Releasing a BoundedSemaphore too often is ignored (decided by a probe: it raises ValueError)."),
        BehaviourFamily.Rule("api/bounded-extra-release-then-raises", .api,
            #"\#(extraBoundedRelease) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "bounded-extra-release", expected: "$v",
            "Releasing a BoundedSemaphore too often raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/plain-extra-release", .api,
            #"\#(BehaviourPhrase.type("semaphore"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:complain|complains|raise|raises|error|errors|object|objects|fail|fails|mind|minds)\b\#(BehaviourPhrase.inClause)\b(?:extra|too many|more)\b\#(BehaviourPhrase.inClause)(?:\{c\d+=[^}]*releas|\breleas)"#,
            key: "plain-extra-release", expected: "ValueError",
            "A plain Semaphore raises on an extra release (decided by a probe: its counter just goes up)."),
        BehaviourFamily.Rule("api/notify-wakes-all", .api,
            #"\#(notifyOne)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:wakes?|releases?|notifies|notify|resumes?|unblocks?|wake|release|resume|unblock)(?: up)? (?:all|every|each|both)\b"#,
            key: "notify-wakes", expected: "all",
            "Condition.notify() wakes every waiter (decided by a probe: it wakes one)."),
        BehaviourFamily.Rule("api/notify-wakes-one", .api,
            #"\#(notifyOne)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:wakes?|releases?|notifies|notify|resumes?|unblocks?|wake|release|resume|unblock)(?: up)? (?:only |just |exactly )?(?:one|a single)\b"#,
            key: "notify-wakes", expected: "one",
            "Condition.notify() wakes one waiter (decided by a probe)."),
        BehaviourFamily.Rule("api/notify-all-wakes-all", .api,
            #"\#(BehaviourPhrase.method("notify_all"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:wakes?|releases?|notifies|notify|resumes?|unblocks?|wake|release|resume|unblock)(?: up)? (?:all|every|each|both)\b"#,
            key: "notify-all-wakes", expected: "all",
            "Condition.notify_all() wakes every waiter (decided by a probe)."),
        BehaviourFamily.Rule("api/event-stays-set", .api,
            #"\b(?:the )?(?:event|flag|\{c\d+=[\w.]*event[\w.]*\}) \#(BehaviourPhrase.negated)(?:stays|remains|is still|keeps being) set\b"#,
            key: "event-stays-set", expected: "True",
            "An Event stays set after set() until cleared (decided by a probe)."),
        BehaviourFamily.Rule("api/they-wake-in-wait-order", .api,
            #"\b(?:they|waiters|the waiters|the waiting tasks|waiting tasks) \#(BehaviourPhrase.negated)(?:wake(?: up)?|are woken(?: up)?|are released|resume|get released) in (?:exactly )?(?:the )?(?:same )?order (?:in which )?they (?:started|began|first started) (?:waiting|to wait)\b"#,
            key: "event-wake-order", expected: "fifo",
            "Waiters wake in the order they started waiting (decided by a probe)."),
        BehaviourFamily.Rule("api/event-waiters-run-at-once", .api,
            #"\#(eventSet)\#(BehaviourPhrase.inClause) (?:the |all the |all |every |each )?(?:waiting tasks?|waiters?|waiting coroutines?|tasks waiting on (?:it|the event)) \#(BehaviourPhrase.negated)(?:run|runs|resume|resumes|continue|continues|wake up and run|are run|get to run|start running)\b \#(BehaviourPhrase.inClause)(?:\#(BehaviourPhrase.atOnce)|before (?:it |\{c\d+=[^}]*set\(\)\} )?(?:returns|has returned)|before returning)"#,
            key: "event-set-switches", expected: "True",
            "After event.set(), the waiters run at once (decided by a probe: they run after the setter yields)."),
        BehaviourFamily.Rule("api/lock-released-on-exception", .api,
            #"(?:\{c\d+=asyncwith[\w.]*lock[^}]*\}|\#(BehaviourPhrase.type("lock"))|\bthe lock\b)\#(BehaviourPhrase.inClause) (?:is |gets )?\#(BehaviourPhrase.negated)(?:releases?|released|frees?|freed|unlocks?|unlocked|gives? (?:back )?the lock)\b\#(BehaviourPhrase.inClause) even (?:if|when) (?:the )?(?:body|block|code)?\#(BehaviourPhrase.inClause)\b(?:raises|throws|fails|an exception|errors?)\b"#,
            key: "lock-released-on-exception", expected: "True",
            "async with lock releases the lock even when its body raises (decided by a probe)."),
        BehaviourFamily.Rule("api/event-wait-when-set", .api,
            #"\{c\d+=(?:await)?(?:[\w.]*\.)?wait\(\)\}\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns|completes|comes back|finishes)(?: \#(BehaviourPhrase.atOnce)| without (?:waiting|blocking|suspending|yielding))\b\#(BehaviourPhrase.inClause) (?:if|when|once|whenever|as long as) (?:the )?(?:event|flag) (?:is|was|has been) (?:already )?set\b"#,
            key: "event-wait-when-set-suspends", expected: "False",
            "wait() on an Event that is already set returns without suspending (decided by a probe)."),
        BehaviourFamily.Rule("api/notify-without-lock", .api,
            #"\{c\d+=(?:[\w.]*\.)?notify(?:_all)?\([^}]*\)\}\#(BehaviourPhrase.inClause) without (?:first )?(?:holding|acquiring|owning|having acquired) (?:the |its )?(?:underlying )?(?:lock|condition)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "notify-unlocked", expected: "$v",
            "notify() without holding the condition's lock raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/release-unlocked-lock", .api,
            #"\#(BehaviourPhrase.method("release"))\#(BehaviourPhrase.inClause) (?:on|of) (?:an? |the )?(?:unlocked|free|unheld|released|lock that (?:is|was) not (?:held|locked|acquired))(?: lock)?\b\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "lock-release-unlocked", expected: "$v",
            "release() on a Lock nobody holds raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/lock-acquired-twice", .api,
            #"(?:\#(BehaviourPhrase.type("lock"))|\b(?:an? |the )?(?:asyncio )?lock\b)\#(BehaviourPhrase.inPhrase) (?:can|may|could) \#(BehaviourPhrase.negated)be (?:acquired|taken|locked|entered) (?:twice|again|a second time|more than once|recursively)\b(?:\#(BehaviourPhrase.inPhrase)\bby (?:the same|one|a single) (?:task|coroutine))?"#,
            key: "lock-reentrant", expected: "True",
            "A Lock can be acquired twice by the task that holds it (decided by a probe: the second acquire waits)."),
        BehaviourFamily.Rule("api/event-set-passes-control", .api,
            #"\b(?:when|once|as soon as|the moment) \#(eventSet) (?:is |gets )?called,? (?:control |execution )?\#(BehaviourPhrase.negated)(?:passes|switches|goes|jumps|is handed|is passed|transfers)(?: over| straight)? to (?:the |all the |all |every )?(?:waiting|waiters?|blocked)\#(BehaviourPhrase.inClause)\#(BehaviourPhrase.atOnce)"#,
            key: "event-set-switches", expected: "True",
            "Control passes to the waiters as soon as set() is called (decided by a probe: they run after the setter yields)."),
        BehaviourFamily.Rule("api/semaphore-admits-other-count", .api,
            #"\#(semaphoreAdmitsOther)"#,
            key: "semaphore-admits-value", expected: "False",
            "Semaphore(n) lets a different number of tasks in at a time (decided by a probe: n at a time)."),
        BehaviourFamily.Rule("api/bounded-ignores-extra-release", .api,
            #"\#(BehaviourPhrase.type("boundedsemaphore"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:silently )?(?:ignores|tolerates|allows|accepts|permits|swallows) (?:the |any |an? )?(?:extra|additional|surplus|too many|excess|unmatched)\b\#(BehaviourPhrase.inClause)(?:\{c\d+=[^}]*releas|\breleas)"#,
            key: "bounded-extra-release", expected: "returns",
            "A BoundedSemaphore ignores extra releases (decided by a probe: it raises ValueError)."),
        BehaviourFamily.Rule("api/release-unheld-lock-raises", .api,
            #"\breleas(?:e|es|ing)\b (?:an? |the )?(?:\#(BehaviourPhrase.type("lock"))|(?:asyncio )?lock\b) (?:that|which) (?:no one|nobody|no task|is not|isn't|was not|wasn't|you (?:don't|do not|never|didn't|did not))\b\#(BehaviourPhrase.inClause) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "lock-release-unlocked", expected: "$v",
            "Releasing a lock nobody holds raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/plain-semaphore-allows-extra-release", .api,
            #"\#(BehaviourPhrase.type("semaphore"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:lets you|allows you to|permits you to|tolerates|accepts|allows|permits)\b\#(BehaviourPhrase.inClause)(?:\{c\d+=[^}]*releas|\breleas)\#(BehaviourPhrase.inClause)\b\#(tooOften)"#,
            key: "plain-extra-release", expected: "returns",
            "A plain Semaphore accepts more release() calls than acquire() calls (decided by a probe)."),
        BehaviourFamily.Rule("api/plain-semaphore-extra-release-raises", .api,
            #"\#(BehaviourPhrase.type("semaphore"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)\#(BehaviourPhrase.inClause)\b(?:if|when|whenever|once|after)\b\#(BehaviourPhrase.inClause)\breleas\w*\#(BehaviourPhrase.inClause)\b\#(tooOften)"#,
            key: "plain-extra-release", expected: "$v",
            "A plain Semaphore released too often raises the named exception (decided by a probe: it does not)."),
        BehaviourFamily.Rule("api/plain-semaphore-extra-release-errors", .api,
            // The raising verb is the `neg` group: "raises an exception" states that the row is not "returns".
            #"\#(BehaviourPhrase.type("semaphore"))\#(BehaviourPhrase.inPhrase) (?:(?<neg>raises?|throws?)|(?:doesn't|does not|never|won't|will not) (?:raise|throw)) (?:an? |any )?(?:exception|error)\b\#(BehaviourPhrase.inClause)\b(?:if|when|whenever|once|after)\b\#(BehaviourPhrase.inClause)\breleas\w*\#(BehaviourPhrase.inClause)\b\#(tooOften)"#,
            key: "plain-extra-release", expected: "returns",
            "A plain Semaphore released too often raises an error (decided by a probe: it does not)."),
        BehaviourFamily.Rule("api/semaphore-default-value", .api,
            #"\#(semaphoreWithoutValue)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:starts?|begins?|defaults?|is initiali[sz]ed|has|holds)\b(?: (?:at|to|with|out with|out at))?(?: an? (?:initial |internal |default |starting )?(?:value|counter|count) of)? (?:\{c\d+=)?(?<v>\d+)\b(?!\.\d)"#,
            key: "semaphore-default", expected: "$v",
            "A Semaphore made without a value starts at the stated count (decided by a probe)."),
        BehaviourFamily.Rule("api/semaphore-default-one", .api,
            #"\#(semaphoreWithoutValue)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:starts?|begins?|defaults?|is initiali[sz]ed|has|holds)\b(?: (?:at|to|with|out with|out at))?(?: an? (?:initial |internal |default |starting )?(?:value|counter|count) of)? one\b"#,
            key: "semaphore-default", expected: "1",
            "A Semaphore made without a value starts at one (decided by a probe)."),
        BehaviourFamily.Rule("api/semaphore-negative-raises", .api,
            #"^(?=\#(BehaviourPhrase.inSentence)\bnegative (?:initial |starting )?(?:value|count|number|counter)s?\b)(?=\#(BehaviourPhrase.inSentence)(?:\#(BehaviourPhrase.type("semaphore|boundedsemaphore"))|\bsemaphores?\b)).*?\b\#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "semaphore-negative", expected: "$v",
            "A Semaphore made with a negative value raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/event-wait-returns", .api,
            #"^(?=\#(BehaviourPhrase.inSentence)\bevents?\b|.*\{c\d+=[^}]*event[^}]*\}).*?\{c\d+=(?:await)?(?:[\w.]*\.)?wait\(\)\}\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: back)?|evaluates to) (?:\{c\d+=)?(?<v>true|false|none)\b"#,
            key: "event-wait-returns", expected: "$v",
            "await event.wait() gives the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/event-set-then-clear-wakes", .api,
            #"\{c\d+=(?:[\w.]*\.)?set\(\)\}\#(BehaviourPhrase.inClause)\{c\d+=(?:[\w.]*\.)?clear\(\)\}\#(BehaviourPhrase.inClause)\b(?:(?:the |all the |any |its )?(?:waiting tasks?|waiters?|waiting coroutines?|tasks (?:that are )?waiting(?: on (?:it|the event))?) (?:will |would |do |does )?)?\#(BehaviourPhrase.negated)(?:still )?(?:(?:wake|wakes|are woken|get woken|resume|are released|get released|get to run)(?: up)?\b(?!\#(BehaviourPhrase.inPhrase)\b(?:waiters?|waiting)\b)|(?:wakes?|releases?|resumes?)(?: up)? (?:the |all the |all |every |its )?(?:waiting tasks?|waiters?|waiting coroutines?)\b)"#,
            key: "set-clear-wakes", expected: "True",
            "Waiters of an event that is set and cleared at once still wake (decided by a probe)."),
        BehaviourFamily.Rule("api/new-event-starts-unset", .api,
            #"(?:\b(?:a |an )?(?:new|fresh|newly[- ]created|freshly[- ]created) (?:\#(BehaviourPhrase.type("event"))|event\b)|\#(BehaviourPhrase.type("event")))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:starts?|begins?|is created|comes|is initially) (?:out )?(?:as |in the |in an? )?(?:unset|cleared|clear|not set)\b"#,
            key: "event-initially-set", expected: "False",
            "A new Event starts unset (decided by a probe)."),
        BehaviourFamily.Rule("api/new-event-starts-set", .api,
            #"(?:\b(?:a |an )?(?:new|fresh|newly[- ]created|freshly[- ]created) (?:\#(BehaviourPhrase.type("event"))|event\b)|\#(BehaviourPhrase.type("event")))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:starts?|begins?|is created|comes|is initially) (?:out )?(?:as |in the |in an? )?set\b(?! (?:to|up|of))"#,
            key: "event-initially-set", expected: "True",
            "A new Event starts set (decided by a probe: it starts unset)."),
        BehaviourFamily.Rule("api/new-event-is-set", .api,
            #"\b(?:a |an )?(?:new|fresh|newly[- ]created|freshly[- ]created) (?:\#(BehaviourPhrase.type("event"))|event\b)\#(BehaviourPhrase.inSentence)\{c\d+=(?:[\w.]*\.)?is_set\(\)\}\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|is|reports?|gives?) (?:\{c\d+=)?(?<v>true|false)\b"#,
            key: "event-initially-set", expected: "$v",
            "A new Event's is_set() reads the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/condition-wait-releases-lock", .api,
            #"\#(conditionWait)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:temporarily |automatically |atomically )?(?:releases?|gives? up|drops?|frees?|unlocks?) (?:the )?(?:underlying |its |condition's )?lock\b"#,
            key: "condition-wait-releases", expected: "True",
            "Condition.wait() releases the lock while it waits (decided by a probe)."),
        BehaviourFamily.Rule("api/condition-wait-keeps-lock", .api,
            #"\#(conditionWait)\#(BehaviourPhrase.inPhrase) (?:still )?\#(BehaviourPhrase.negated)(?:keeps?|holds?|retains?) (?:holding )?(?:on to )?(?:the )?(?:underlying |its |condition's )?lock (?:while|as long as|the whole time)"#,
            key: "condition-wait-releases", expected: "False",
            "Condition.wait() keeps the lock while it waits (decided by a probe: it releases it)."),
        BehaviourFamily.Rule("api/acquire-returns", .api,
            #"\{c\d+=(?:await)?(?:[\w.]*\.)?acquire\(\)\}\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives?(?: back)?|evaluates to) (?:\{c\d+=)?(?<v>true|false|none)\b"#,
            key: "acquire-returns", expected: "$v",
            "await lock.acquire() gives the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/event-set-and-cleared-wakes", .api,
            #"(?:\bevent (?:that is|that's|which is|that gets|that was|which gets) set and (?:then )?(?:immediately |right away |at once |straight away )?cleared|\bsetting (?:an |the )?event and (?:then )?(?:immediately |right away |at once |straight away )?clearing it)\b\#(BehaviourPhrase.inClause)\b(?:still |also )?\#(BehaviourPhrase.negated)(?:still )?(?:wakes?|releases?|resumes?|unblocks?)(?: up)? (?:the |all the |all |every |its |any )?(?:waiting tasks?|waiters?|waiting coroutines?|tasks)\b"#,
            key: "set-clear-wakes", expected: "True",
            "Waiters of an event set and cleared at once still wake (decided by a probe)."),
    ])

    /// `event.set()`, or a bare `set()` in a sentence about an event or its waiters.
    private static let eventSet = #"(?:\bsetting (?:an |the )?event\b|\{c\d+=[\w.]*event[\w.]*\.set\(\)\}|\{c\d+=(?:\w+\.)?set\(\)\}(?=.*\b(?:events?|waiters?|waiting)\b))"#

    /// "releasing a `BoundedSemaphore` more times than it was acquired".
    private static let extraBoundedRelease = #"\breleas(?:e|es|ing)\b\#(BehaviourPhrase.inClause)\#(BehaviourPhrase.type("boundedsemaphore"))\#(BehaviourPhrase.inClause)\b(?:more (?:times|often) than|too (?:many times|often)|extra|one time too many|beyond|past)\b\#(BehaviourPhrase.inClause)"#

    /// "more often than", "too many times", "extra": more releases than acquisitions.
    private static let tooOften = #"(?:more (?:often|times) than|too (?:many times|often)|extra|beyond)"#

    /// `Semaphore()`, or `Semaphore` "with no argument", "without a value".
    private static let semaphoreWithoutValue = #"(?:\{c\d+=(?:asyncio\.)?(?:bounded)?semaphore\(\)\}(?: (?:with no|without (?:an?|any)) (?:initial )?(?:arguments?|value|count))?|\{c\d+=(?:asyncio\.)?(?:bounded)?semaphore\} (?:with no|without (?:an?|any)) (?:initial )?(?:arguments?|value|count))"#

    /// `cond.wait()`, `await condition.wait()`, or a bare `wait()` in a sentence about a condition.
    private static let conditionWait = #"(?:\{c\d+=(?:await)?[\w.]*(?:cond|condition)[\w.]*\.wait\(\)\}|\{c\d+=(?:await)?(?:\w+\.)?wait\(\)\}(?=.*\bconditions?\b))"#

    /// `cond.notify()` or `notify(1)`, never `notify_all()`.
    private static let notifyOne = #"\{c\d+=(?:[\w.]*\.)?notify(?:\(1?\))?\}"#

    /// "`Semaphore(2)` lets at most two tasks in at a time": the count stated in words or digits must be the
    /// semaphore's value, else the rule stays silent.
    private static let semaphoreAdmits: String = {
        let verbs = #"\#(BehaviourPhrase.inClause) (?:lets?|allows?|admits?|permits?|limits (?:\w+ )?to|caps (?:\w+ )?at|keeps (?:\w+ )?to) (?:at most |up to |only |no more than |just |exactly )?"#
        let later = #"\b\#(BehaviourPhrase.inClause)\b(?:at a time|at once|concurrently|simultaneously|at the same time|in parallel|in flight)"#
        let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        let spelled = words.enumerated().map { index, word in
            #"\{c\d+=(?:asyncio\.)?(?:bounded)?semaphore\((?:value=)?"# + String(index + 1) + #"\)\}"# + verbs + word
        }
        let same = #"\{c\d+=(?:asyncio\.)?(?:bounded)?semaphore\((?:value=)?(?<n>\w+)\)\}"# + verbs + #"\{?(?:c\d+=)?\k<n>\}?"#
        return "(?:" + (spelled + [same]).joined(separator: "|") + ")" + later
    }()

    /// "`Semaphore(3)` allows only one coroutine at a time": a count, in words or digits, other than the value.
    private static let semaphoreAdmitsOther: String = {
        let verbs = #"\#(BehaviourPhrase.inPhrase) (?:\#(ClaimCatalogue.adverbs))(?:lets?|allows?|admits?|permits?) (?:at most |up to |only |no more than |just |exactly )?"#
        let later = #"\b\#(BehaviourPhrase.inClause)\b(?:at a time|at once|concurrently|simultaneously|at the same time|in parallel)"#
        let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        let counts = words.enumerated().map { index, word in
            let value = String(index + 1)
            let others = words.enumerated().filter { $0.offset != index }.map { "\($0.element)|\($0.offset + 1)" }.joined(separator: "|")
            return #"\{c\d+=(?:asyncio\.)?(?:bounded)?semaphore\((?:value=)?"# + value + #"\)\}"# + verbs + "(?:" + others + #")(?!\d)"# + " (?:\\w+ )?(?:tasks?|coroutines?|jobs?|workers?|requests?|callers?|holders?|of them|at)" + #"(?: \w+)?"#
        }
        return "(?:" + counts.joined(separator: "|") + ")" + later
    }()
}
