extension Behaviours {
    private typealias S = AwaitingPhrases

    private static let shieldName = S.code("shield") + #"|\bshield(?:ed|ing|s)?\b"#
    private static let notShield = S.code("gather|as_completed|taskgroup") + #"|\bas_completed\b|\btask ?groups?\b|\b(?:can|could|directly|explicitly|yourself|itself|by hand|manually)\b"#
    private static let innerOne = #"(?:the |its |that |this )?(?:inner|shielded|wrapped|underlying|protected|original|saved)(?: task| coroutine| awaitable| operation| work| future| call| job| save| write)?"#

    /// What `asyncio.shield()` protects when the await on it is cancelled.
    static let shield = BehaviourFamily(name: "shield", cue: #"shield"#, program: #"""
    import asyncio

    events = []


    async def precious():
        try:
            await asyncio.sleep(0.2)
            events.append("inner finished")
            return "saved"
        except asyncio.CancelledError:
            events.append("inner cancelled")
            raise


    async def main():
        inner = asyncio.create_task(precious())
        outer = asyncio.shield(inner)
        await asyncio.sleep(0.1)
        outer.cancel()
        try:
            await outer
            raised = "nothing"
        except asyncio.CancelledError:
            raised = "CancelledError"
        print("fact:outer-raises %s | awaiting the shield after cancelling it raises %s" % (raised, raised))
        result = await inner
        print("fact:inner-survives %s | the shielded task, after the outer await was cancelled: %s, result %r" % (
            "inner finished" in events, events, result))
        print("fact:inner-cancelled %s | the shielded task was cancelled: %s" % (
            "inner cancelled" in events, "inner cancelled" in events))


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/shield-keeps-running", .api,
            S.clause(about: shieldName, keyword: "shield", avoiding: notShield,
                     #"(?:keeps?|lets?) \#(AwaitingPhrases.words(4))(?:running|going|alive)\b"#),
            key: "inner-survives", expected: "true",
            "The task inside shield() keeps running when the await on the shield is cancelled (decided by a probe)."),
        BehaviourFamily.Rule("api/shield-inner-keeps-running", .api,
            S.clause(about: shieldName, keyword: "shield", avoiding: notShield,
                     innerOne + " " + S.words(3) + #"(?:"# + ClaimCatalogue.negation + #" )?(?:keeps?|continues?|goes on|carries on|stays?|remains?|survives?|runs? to completion|finish(?:es)?)\b"#),
            key: "inner-survives", expected: "true",
            "The task inside shield() keeps running when the await on the shield is cancelled (decided by a probe)."),
        BehaviourFamily.Rule("api/shield-protects", .api,
            S.clause(about: shieldName, keyword: "shield", avoiding: notShield,
                     #"(?:(?:protects?|guards?|saves?|shields?|insulates?) \#(AwaitingPhrases.words(4))(?:from|against) \#(AwaitingPhrases.words(1))cancell?ation\b|(?:makes?|renders?) \#(AwaitingPhrases.words(3))immune to cancell?ation\b|(?:prevents?|stops?|keeps?) \#(AwaitingPhrases.words(4))from (?:being |getting )?cancell?ed\b)"#),
            key: "inner-survives", expected: "true",
            "shield() protects the awaitable from the cancellation of its awaiter (decided by a probe)."),
        BehaviourFamily.Rule("api/shield-inner-cancelled", .api,
            S.clause(about: shieldName, keyword: "shield", avoiding: notShield + #"|\buntil\b|\bouter\b"#,
                     innerOne + " " + S.words(3) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))\#(AwaitingPhrases.cancelled)"#),
            key: "inner-cancelled", expected: "true",
            "The task inside shield() is cancelled along with its awaiter (decided by a probe)."),
    ])
}
