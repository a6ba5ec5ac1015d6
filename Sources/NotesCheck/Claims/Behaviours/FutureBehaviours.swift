extension Behaviours {
    /// "a pending future", "a future that is still pending", "a future that isn't done yet".
    private static let pendingFuture = #"(?:a |an |the )?(?:(?:still[- ])?(?:pending|unfinished|not[- ]yet[- ]done|unresolved) future|future (?:that|which) (?:is |'s |has )?(?:still |not |n't )?(?:yet )?(?:pending|unfinished|done|finished|resolved|completed)(?: yet)?)"#

    /// `fut.exception()`, `exception()`.
    private static let exceptionCall = BehaviourPhrase.method("exception")
    /// "a done callback", "callbacks added with `add_done_callback()`", "`add_done_callback()` callbacks".
    private static let doneCallback = #"(?:\bdone[- ]callbacks?|\bcallbacks? (?:added|registered|attached) (?:with|via|through|using) \#(BehaviourPhrase.method("add_done_callback"))|\#(BehaviourPhrase.method("add_done_callback"))(?: callbacks?)?)"#

    /// What a bare `asyncio.Future` does when it is read, set or cancelled at the wrong moment.
    static let futures = BehaviourFamily(name: "futures", cue: #"future|result\(|set_result|exception\(|callback|setting (?:a |the )?result"#, program: ProbePrelude.outcome + #"""
    async def main():
        loop = asyncio.get_running_loop()
        pending = loop.create_future()
        print("fact:result-of-pending %s | calling result() on a pending future: %s" % (
            outcome(pending.result), outcome(pending.result)))
        print("fact:exception-of-pending %s | calling exception() on a pending future: %s" % (
            outcome(pending.exception), outcome(pending.exception)))
        print("fact:pending-done %s | a new future's done() is %s" % (pending.done(), pending.done()))
        cancelled = loop.create_future()
        cancelled.cancel()
        print("fact:cancelled-done %s | after cancel(), done() is %s and cancelled() is %s" % (
            cancelled.done(), cancelled.done(), cancelled.cancelled()))
        print("fact:exception-of-cancelled %s | calling exception() on a cancelled future: %s" % (
            outcome(cancelled.exception), outcome(cancelled.exception)))
        print("fact:result-of-cancelled %s | calling result() on a cancelled future: %s" % (
            outcome(cancelled.result), outcome(cancelled.result)))
        failed = loop.create_future()
        failed.set_exception(KeyError("k"))
        try:
            await failed
            awaited = "returns"
        except KeyError:
            awaited = "KeyError"
        print("fact:await-exception-raises %s | awaiting a future that holds KeyError: %s" % (awaited == "KeyError", awaited))
        print("fact:exception-cleared-by-await %s | after awaiting the failed future, exception() returns %r" % (
            failed.exception() is None, failed.exception()))
        finished = loop.create_future()
        calls = []
        finished.add_done_callback(lambda future: calls.append("callback"))
        finished.set_result(1)
        inline = bool(calls)
        await asyncio.sleep(0)
        print("fact:callback-runs-at-once %s | right after set_result() returned, the done callback had run: %s (it ran one loop step later: %s)" % (
            inline, inline, bool(calls)))
        received = []
        argued = loop.create_future()
        argued.add_done_callback(received.append)
        argued.set_result("value")
        await asyncio.sleep(0)
        print("fact:callback-argument %s | the done callback was called with %s" % (
            "future" if received and received[0] is argued else "result", "the future itself" if received and received[0] is argued else repr(received)))
        late = []
        finished.add_done_callback(lambda future: late.append("late"))
        late_inline = bool(late)
        await asyncio.sleep(0)
        print("fact:callback-on-done-at-once %s | add_done_callback() on a finished future called it inside the call: %s" % (
            late_inline, late_inline))
        print("fact:callback-on-done-runs %s | a callback added to a finished future was called one loop step later: %s" % (
            bool(late), bool(late)))
        print("fact:exception-of-result %s | exception() on a future that has a result returns %r" % (
            finished.exception() is None, finished.exception()))
        print("fact:set-result-twice %s | set_result() on a future that already has a result: %s" % (
            outcome(lambda: finished.set_result(2)), outcome(lambda: finished.set_result(2))))
        print("fact:set-result-on-cancelled %s | set_result() on a future that was cancelled: %s" % (
            outcome(lambda: cancelled.set_result(1)), outcome(lambda: cancelled.set_result(1))))
        ticks = []

        async def ticker():
            for _ in range(3):
                ticks.append(loop.time())
                await asyncio.sleep(0)

        waited = loop.create_future()
        loop.call_later(0.01, waited.set_result, "ok")
        other = asyncio.create_task(ticker())
        value = await waited
        await other
        print("fact:await-future-suspends %s | while main() awaited a pending future, another task ran %d steps; the await gave %r" % (
            len(ticks) == 3, len(ticks), value))


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/future-result-pending-blocks", .api,
            #"\{c\d+=[^}]*result\(\)\}\#(BehaviourPhrase.inClause) (?:on|of) \#(pendingFuture)\#(BehaviourPhrase.inClause) (?:\#(ClaimCatalogue.negation) )?(?:blocks|waits|hangs|suspends|pauses)"#,
            key: "result-of-pending", expected: "blocks",
            "Calling result() on a pending future blocks until it is done (decided by a probe)."),
        BehaviourFamily.Rule("api/future-result-pending-raises", .api,
            #"\{c\d+=[^}]*result\(\)\}\#(BehaviourPhrase.inClause) (?:on|of) \#(pendingFuture)\#(BehaviourPhrase.inClause) (?:\#(ClaimCatalogue.negation) )?raises? (?:an? )?\{c\d+=(?:asyncio\.)?(?<v>\w+)(?:\(\))?\}"#,
            key: "result-of-pending", expected: "$v",
            "Calling result() on a pending future raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/cancelled-future-done", .api,
            #"\bcancell?ed future (?:\#(ClaimCatalogue.negation) )?(?:reports?|returns?|gives?|says?|has|have|shows?) \{c\d+=(?:\w+\.)?done\(\)\} (?:as |returning |equal to |of )?(?:\{c\d+=)?(?<v>true|false)"#,
            key: "cancelled-done", expected: "$v",
            "A cancelled future's done() is the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/set-result-twice", .api,
            #"(?:\#(BehaviourPhrase.method("set_result"))|\bsetting (?:a |the )?result)\#(BehaviourPhrase.inClause)\b(?:twice|a second time|again|more than once)\b\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "set-result-twice", expected: "$v",
            "Setting a future's result twice raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/set-result-twice-ignored", .api,
            #"(?:\#(BehaviourPhrase.method("set_result"))|\bsetting (?:a |the )?result)\#(BehaviourPhrase.inClause)\b(?:twice|a second time|again|more than once)\b\#(BehaviourPhrase.inClause) (?:is |gets )?\#(BehaviourPhrase.negated)(?:silently ignored|ignored|overwrites|replaces|does nothing|is a no-op|has no effect)\b"#,
            key: "set-result-twice", expected: "returns",
            "Setting a future's result twice is ignored or overwrites it (decided by a probe: it raises)."),
        BehaviourFamily.Rule("api/exception-of-pending", .api,
            #"\#(exceptionCall)\#(BehaviourPhrase.inClause) (?:on|of|for) \#(pendingFuture)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns? (?:\{c\d+=)?none\b|gives (?:\{c\d+=)?none\b)"#,
            key: "exception-of-pending", expected: "returns",
            "exception() on a pending future returns None (decided by a probe: it raises InvalidStateError)."),
        BehaviourFamily.Rule("api/exception-of-pending-raises", .api,
            #"\#(exceptionCall)\#(BehaviourPhrase.inClause) (?:on|of|for) \#(pendingFuture)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "exception-of-pending", expected: "$v",
            "exception() on a pending future raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/exception-of-result", .api,
            #"\b(?:finished|completed|done|resolved|succeeded) (?:with a result|normally|successfully|with a value)\b\#(BehaviourPhrase.inClause)\#(exceptionCall) \#(BehaviourPhrase.negated)(?:returns?|gives|is) (?:\{c\d+=)?none\b"#,
            key: "exception-of-result", expected: "True",
            "exception() of a future that finished with a result is None (decided by a probe)."),
        BehaviourFamily.Rule("api/exception-of-cancelled", .api,
            #"\#(exceptionCall)\#(BehaviourPhrase.inClause) (?:on|of|for) (?:a |an |the )?cancell?ed (?:future|task)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "exception-of-cancelled", expected: "$v",
            "exception() on a cancelled future raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/done-callback-at-once", .api,
            #"\#(doneCallback)\#(BehaviourPhrase.inClause) (?:is |are |gets |get |will be )?\#(BehaviourPhrase.negated)(?:called|run|invoked|executed|fired|triggered|runs?)\b\#(BehaviourPhrase.inClause)(?:\#(BehaviourPhrase.atOnce)|inline|(?:inside|within|during) (?:the call to )?\#(BehaviourPhrase.method("set_result|set_exception|cancel"))|before \#(BehaviourPhrase.method("set_result|set_exception")) returns)"#,
            key: "callback-runs-at-once", expected: "True",
            "A done callback runs inside set_result() (decided by a probe: it is scheduled with call_soon)."),
        BehaviourFamily.Rule("api/done-callback-scheduled", .api,
            #"\#(doneCallback)\#(BehaviourPhrase.inClause) (?:is |are |gets |get )?\#(BehaviourPhrase.negated)(?:scheduled|queued|deferred)\b\#(BehaviourPhrase.inClause)(?:\#(BehaviourPhrase.method("call_soon"))|call_soon|next (?:loop )?iteration|the (?:event )?loop)"#,
            key: "callback-runs-at-once", expected: "False",
            "Done callbacks are scheduled with call_soon, not called inline (decided by a probe)."),
        BehaviourFamily.Rule("api/await-future-suspends", .api,
            #"\bawait(?:ing)? (?:a |the |an )?(?:pending |unfinished )?future\b\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:suspends|pauses|yields|suspend|pause|yield)\b(?! (?:the )?(?:whole |entire )?(?:event )?loop)"#,
            key: "await-future-suspends", expected: "True",
            "Awaiting a pending future suspends the awaiting coroutine while others run (decided by a probe)."),
        BehaviourFamily.Rule("api/callback-on-finished-future", .api,
            #"\bcallbacks?\#(BehaviourPhrase.inSentence)\b(?:added|registered|attached)\#(BehaviourPhrase.inSentence)\b(?:already )?(?:finished|done|completed|resolved) future\b\#(BehaviourPhrase.inSentence) (?:would |will |is |gets |does |did )?(?:have )?(?:been )?\#(BehaviourPhrase.negated)(?:have )?(?:been |be |get |gets )?(?:called|run|invoked|executed|fired|scheduled)\b"#,
            key: "callback-on-done-runs", expected: "True",
            "A done callback added to a finished future is still called (decided by a probe)."),
        BehaviourFamily.Rule("api/cancelled-future-counts-done", .api,
            #"\bcancell?ed (?:future|task) (?:also |still )?\#(BehaviourPhrase.negated)(?:counts as |is (?:also |still )?(?:considered )?|is treated as )(?:done|finished)\b"#,
            key: "cancelled-done", expected: "True",
            "A cancelled future counts as done (decided by a probe)."),
        BehaviourFamily.Rule("api/exception-raises-if-pending", .api,
            #"\#(exceptionCall)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)\#(BehaviourPhrase.inClause) (?:if|when|while|as long as) (?:the |a |that )?future (?:is |'s )?(?:still )?(?:not (?:yet )?(?:done|finished|complete)|pending|unfinished)\b"#,
            key: "exception-of-pending", expected: "$v",
            "exception() raises the named exception while the future is pending (decided by a probe)."),
        BehaviourFamily.Rule("api/result-of-cancelled", .api,
            #"\{c\d+=[^}]*result\(\)\}\#(BehaviourPhrase.inClause) (?:on|of|for) (?:a |an |the )?cancell?ed (?:future|task)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "result-of-cancelled", expected: "$v",
            "result() on a cancelled future raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/await-exception-raises", .api,
            #"\bawait(?:ing)? (?:a |the )?future (?:that |which )?(?:holds|has|carries|contains|was given|stores|finished with|failed with)(?: an?)? (?:exception|error)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises|re-?raises|throws|propagates)\b"#,
            key: "await-exception-raises", expected: "True",
            "Awaiting a future that holds an exception raises it (decided by a probe)."),
        BehaviourFamily.Rule("api/await-exception-returns-it", .api,
            #"\bawait(?:ing)? (?:a |the )?future (?:that |which )?(?:holds|has|carries|contains|was given|stores|finished with|failed with)(?: an?)? (?:exception|error)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns|gives(?: back)?|hands back|evaluates to) (?:the |that )?(?:exception|error)\b"#,
            key: "await-exception-raises", expected: "False",
            "Awaiting a future that holds an exception returns the exception object (decided by a probe: it raises)."),
        BehaviourFamily.Rule("api/future-result-pending-none", .api,
            #"\{c\d+=[^}]*result\(\)\}\#(BehaviourPhrase.inClause) (?:on|of) \#(pendingFuture)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives) (?:\{c\d+=)?none(?:\}|\b)"#,
            key: "result-of-pending", expected: "returns",
            "result() on a pending future returns None (decided by a probe: it raises InvalidStateError)."),
        BehaviourFamily.Rule("api/exception-cleared-by-await", .api,
            #"\#(exceptionCall)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:returns?|gives|is) (?:\{c\d+=)?none(?:\}|\b)\#(BehaviourPhrase.inClause)\b(?:because|since|after|once|as|now that)\b\#(BehaviourPhrase.inClause)\b(?:await(?:ing|ed)?|retriev(?:ed|ing)|consum(?:ed|es|ing)|caught|handled|raised)\b"#,
            key: "exception-cleared-by-await", expected: "True",
            "exception() returns None once the exception was awaited or retrieved (decided by a probe: it still returns it)."),
        BehaviourFamily.Rule("api/done-callback-argument", .api,
            #"\#(doneCallback)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:receives?|gets|is passed|are passed|is called with|are called with|takes) (?:the |its |a )?(?:(?<v>result)(?: value)?|value|return value)\b"#,
            key: "callback-argument", expected: "result",
            "A done callback receives the result value (decided by a probe: it receives the future)."),
        BehaviourFamily.Rule("api/done-callback-gets-future", .api,
            #"\#(doneCallback)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:receives?|gets|is passed|are passed|is called with|are called with|takes) (?:the |its |a )?(?:future|task)(?: (?:object|itself))?(?: as (?:its|the) (?:only )?argument)?\b"#,
            key: "callback-argument", expected: "future",
            "A done callback receives the future itself (decided by a probe)."),
        BehaviourFamily.Rule("api/set-result-on-cancelled", .api,
            #"\#(BehaviourPhrase.method("set_result"))\#(BehaviourPhrase.inClause) (?:on|of|for|to) (?:a |an |the )?(?:future (?:that|which) (?:has |was |is )?(?:already )?(?:been )?cancell?ed|(?:already[- ])?cancell?ed future)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)"#,
            key: "set-result-on-cancelled", expected: "$v",
            "set_result() on a cancelled future raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/fresh-future-done", .api,
            #"\b(?:a |the )?(?:fresh|new|newly[- ]created|just[- ]created|brand[- ]new) future\b\#(BehaviourPhrase.inSentence)\{c\d+=(?:\w+\.)?done\(\)\}\#(BehaviourPhrase.inPhrase) (?:both |also |still )?\#(BehaviourPhrase.negated)(?:returns?|reports?|is|are|gives?) (?:\{c\d+=)?(?<v>true|false)\b"#,
            key: "pending-done", expected: "$v",
            "A new future's done() reads the stated value (decided by a probe)."),
        BehaviourFamily.Rule("api/once-cancelled-counts-done", .api,
            #"\bonce cancell?ed,? (?:the |a |that )?(?:future|task) (?:also |still )?\#(BehaviourPhrase.negated)(?:counts as|is (?:also )?(?:considered )?|is treated as)(?: also)? (?:done|finished)\b"#,
            key: "cancelled-done", expected: "True",
            "A cancelled future counts as done (decided by a probe)."),
        BehaviourFamily.Rule("api/result-raises-while-pending", .api,
            #"\{c\d+=[^}]*result\(\)\}\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)raises? \#(BehaviourPhrase.exception)\#(BehaviourPhrase.inClause) (?:if|when|while|as long as) (?:the |a |that )?future (?:is |'s )?(?:still )?(?:not (?:yet )?(?:done|finished|complete)|pending|unfinished)\b"#,
            key: "result-of-pending", expected: "$v",
            "result() raises the named exception while the future is pending (decided by a probe)."),
        BehaviourFamily.Rule("api/future-that-was-cancelled-done", .api,
            #"\bfuture (?:that|which) (?:has been|had been|was|is|got) cancell?ed\b\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:reports?|returns?|gives?|says?|has|have|shows?) \{c\d+=(?:\w+\.)?done\(\)\} (?:as |returning |equal to |of )?(?:\{c\d+=)?(?<v>true|false)\b"#,
            key: "cancelled-done", expected: "$v",
            "A cancelled future's done() is the stated value (decided by a probe)."),
    ])
}
