extension Behaviours {
    /// "a pending future", "a future that is still pending", "a future that isn't done yet".
    private static let pendingFuture = #"(?:a |an |the )?(?:(?:still[- ])?(?:pending|unfinished|not[- ]yet[- ]done|unresolved) future|future (?:that|which) (?:is |'s |has )?(?:still |not |n't )?(?:yet )?(?:pending|unfinished|done|finished|resolved|completed)(?: yet)?)"#

    /// What a bare `asyncio.Future` does when it is read, set or cancelled at the wrong moment.
    static let futures = BehaviourFamily(name: "futures", program: #"""
    import asyncio


    def outcome(action):
        try:
            action()
            return "returns"
        except Exception as error:
            return type(error).__name__


    async def main():
        loop = asyncio.get_running_loop()
        pending = loop.create_future()
        print("fact:result-of-pending %s | calling result() on a pending future: %s" % (
            outcome(pending.result), outcome(pending.result)))
        print("fact:pending-done %s | a new future's done() is %s" % (pending.done(), pending.done()))
        cancelled = loop.create_future()
        cancelled.cancel()
        print("fact:cancelled-done %s | after cancel(), done() is %s and cancelled() is %s" % (
            cancelled.done(), cancelled.done(), cancelled.cancelled()))
        finished = loop.create_future()
        finished.set_result(1)
        print("fact:set-result-twice %s | set_result() on a future that already has a result: %s" % (
            outcome(lambda: finished.set_result(2)), outcome(lambda: finished.set_result(2))))


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/future-result-pending-blocks", .api,
            #"\{c\d+=[^}]*result\(\)\}[^.;]*? (?:on|of) \#(pendingFuture)[^.;]*? (?:\#(ClaimCatalogue.negation) )?(?:blocks|waits|hangs|suspends|pauses)"#,
            key: "result-of-pending", expected: "blocks",
            "Calling result() on a pending future blocks until it is done (decided by a probe)."),
        BehaviourFamily.Rule("api/future-result-pending-raises", .api,
            #"\{c\d+=[^}]*result\(\)\}[^.;]*? (?:on|of) \#(pendingFuture)[^.;]*? (?:\#(ClaimCatalogue.negation) )?raises? (?:an? )?\{c\d+=(?:asyncio\.)?(?<v>\w+)(?:\(\))?\}"#,
            key: "result-of-pending", expected: "$v",
            "Calling result() on a pending future raises the named exception (decided by a probe)."),
        BehaviourFamily.Rule("api/cancelled-future-done", .api,
            #"\bcancell?ed future (?:\#(ClaimCatalogue.negation) )?(?:reports?|returns?|gives?|says?|has|have|shows?) \{c\d+=(?:\w+\.)?done\(\)\} (?:as |returning |equal to |of )?(?:\{c\d+=)?(?<v>true|false)"#,
            key: "cancelled-done", expected: "$v",
            "A cancelled future's done() is the stated value (decided by a probe)."),
    ])
}
