extension Behaviours {
    /// `async with`: when `__aexit__` runs, what it receives, and how its return value decides whether an
    /// exception goes on; `@asynccontextmanager` and the code after its `yield`.
    static let asyncContext = BehaviourFamily(name: "async-context", cue: #"aexit|asynccontextmanager"#, program: #"""
    import asyncio
    from contextlib import asynccontextmanager

    log = []


    class Guard:
        def __init__(self, verdict):
            self.verdict = verdict

        async def __aenter__(self):
            return self

        async def __aexit__(self, exc_type, exc, tb):
            log.append(exc_type.__name__ if exc_type is not None else "None")
            return self.verdict


    @asynccontextmanager
    async def managed():
        log.append("enter")
        yield "resource"
        log.append("after yield")


    async def escapes(verdict):
        try:
            async with Guard(verdict):
                raise ValueError("boom")
            return "swallowed"
        except ValueError:
            return "propagated"


    async def main():
        falsy = await escapes(False)
        print("fact:aexit-runs-on-exception %s | when the body raised ValueError, __aexit__ ran: %s" % (
            bool(log), bool(log)))
        print("fact:aexit-receives-exception %s | __aexit__ received exc_type %s" % (log[0] == "ValueError", log[0]))
        print("fact:aexit-falsy-propagates %s | __aexit__ returned False: the exception %s" % (falsy == "propagated", falsy))
        truthy = await escapes(True)
        print("fact:aexit-truthy-swallows %s | __aexit__ returned True: the exception was %s" % (truthy == "swallowed", truthy))
        none = await escapes(None)
        print("fact:aexit-none-propagates %s | __aexit__ returned None: the exception %s" % (none == "propagated", none))
        log.clear()
        async with managed() as value:
            log.append("body got " + value)
        print("fact:acm-after-yield-runs-on-exit %s | an @asynccontextmanager ran %s" % (
            log[-1] == "after yield", ", ".join(log)))
        log.clear()
        try:
            async with managed():
                raise KeyError("k")
        except KeyError:
            log.append("KeyError reached the caller")
        print("fact:acm-exception-skips-after-yield %s | when the body raised, the code after yield (no try/finally) ran: %s" % (
            "after yield" not in log, "after yield" in log))


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/aexit-runs-on-exception", .api,
            #"\#(aexit)\#(BehaviourPhrase.inClause) (?:is |gets |will be )?\#(BehaviourPhrase.negated)(?:still |also |always |even )*(?:called|runs?|invoked|executed|run)\b\#(BehaviourPhrase.inClause) (?:even (?:if|when)|when|if|on|whenever) (?:the )?(?:body|block|code inside|code in the block|\{c\d+=asyncwith\})?\#(BehaviourPhrase.inClause)(?:raises|throws|fails|an exception|exceptions|an error|errors)\b"#,
            key: "aexit-runs-on-exception", expected: "True",
            "__aexit__ runs when the body raises (decided by a probe)."),
        BehaviourFamily.Rule("api/aexit-receives-exception", .api,
            #"\#(aexit)\#(BehaviourPhrase.inSentence) \#(BehaviourPhrase.negated)(?:receives?|gets|is passed|is given|sees|is handed)(?: the| that| its)? (?:exception|error|exception type|exception class|details of the exception|\{c\d+=exc[^}]*\})"#,
            key: "aexit-receives-exception", expected: "True",
            "__aexit__ receives the exception the body raised (decided by a probe)."),
        BehaviourFamily.Rule("api/aexit-falsy-swallows", .api,
            #"\#(returning(falsy))\#(BehaviourPhrase.inClause) \#(swallows)"#,
            key: "aexit-falsy-propagates", expected: "False",
            "A falsy __aexit__ return swallows the exception (decided by a probe: it propagates)."),
        BehaviourFamily.Rule("api/aexit-falsy-propagates", .api,
            #"\#(returning(falsy))\#(BehaviourPhrase.inClause) \#(propagates)"#,
            key: "aexit-falsy-propagates", expected: "True",
            "A falsy __aexit__ return lets the exception propagate (decided by a probe)."),
        BehaviourFamily.Rule("api/aexit-truthy-swallows", .api,
            #"\#(returning(truthy))\#(BehaviourPhrase.inClause) \#(swallows)"#,
            key: "aexit-truthy-swallows", expected: "True",
            "A truthy __aexit__ return swallows the exception (decided by a probe)."),
        BehaviourFamily.Rule("api/aexit-truthy-propagates", .api,
            #"\#(returning(truthy))\#(BehaviourPhrase.inClause) \#(propagates)"#,
            key: "aexit-truthy-swallows", expected: "False",
            "A truthy __aexit__ return lets the exception propagate (decided by a probe: it swallows it)."),
        BehaviourFamily.Rule("api/acm-after-yield-on-exit", .api,
            #"\#(contextManagerDecorator)(?!\#(BehaviourPhrase.inSentence)\b(?:raise|raises|exception|error|fails)\b)\#(BehaviourPhrase.inSentence)\b(?:code |everything |the part |the lines? |whatever comes )?after (?:the )?(?:\{c\d+=yield[^}]*\}|yield\b)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:runs?|is run|executes?|is executed|gets run)\b\#(BehaviourPhrase.inClause)\b(?:exits?|leaves?|leaving|exiting|ends?|finish(?:es)?|on exit|is done)\b"#,
            key: "acm-after-yield-runs-on-exit", expected: "True",
            "With @asynccontextmanager, the code after yield runs when the block exits (decided by a probe)."),
        BehaviourFamily.Rule("api/acm-after-yield-on-error", .api,
            #"\#(contextManagerDecorator)\#(BehaviourPhrase.inSentence)\b(?:code |everything |the part |the lines? )?after (?:the )?(?:\{c\d+=yield[^}]*\}|yield\b)\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:still |also |always )*(?:runs?|is run|executes?|is executed|gets run)\b\#(BehaviourPhrase.inClause) even (?:if|when) (?:the )?(?:body|block)\#(BehaviourPhrase.inClause)(?:raises|throws|fails)\b"#,
            key: "acm-exception-skips-after-yield", expected: "False",
            "With @asynccontextmanager, the code after a bare yield runs even when the body raises (decided by a probe: it does not)."),
        BehaviourFamily.Rule("api/exception-passed-to-aexit", .api,
            #"\b(?:exceptions?|errors?)\#(BehaviourPhrase.inPhrase) (?:are|is|get|gets) \#(BehaviourPhrase.negated)(?:passed|given|handed|sent|reported|forwarded)(?: on)? to \#(aexit)"#,
            key: "aexit-receives-exception", expected: "True",
            "Exceptions raised in the body are passed to __aexit__ (decided by a probe)."),
    ])

    private static let aexit = #"\{c\d+=(?:[\w.]+\.)?__aexit__(?:\([^}]*\))?\}"#
    private static let falsy = #"(?:\{c\d+=)?(?:false|none|0)\}?|a (?:falsy|false|false-y) value|(?:something )?falsy|nothing"#
    private static let truthy = #"(?:\{c\d+=)?true\}?|a (?:truthy|true|true-y) value|(?:something )?truthy"#

    /// "returning False from `__aexit__`", "if `__aexit__` returns a truthy value", "`__aexit__` returning None".
    private static func returning(_ value: String) -> String {
        #"(?:\breturn(?:ing|s)? (?:\#(value)) from (?:the |its |an? )?\#(aexit)|\#(aexit)(?: method)? (?:returns|returning|return) (?:\#(value)))(?!\w)"#
    }

    /// "swallows the exception", "the exception is not suppressed".
    private static let swallows = #"(?:(?:the )?(?:exception|error) (?:is |gets |will be ))?\#(BehaviourPhrase.negated)(?:swallow(?:s|ed)?|suppress(?:es|ed)?|silence[sd]?|hides?|hidden|discard(?:s|ed)?|eats|eaten)\b"#
    /// "propagates", "lets the exception propagate", "the exception is re-raised".
    private static let propagates = #"(?:(?:the )?(?:exception|error) (?:is |gets |will be )?)?\#(BehaviourPhrase.negated)(?:propagat(?:es?|ed)|re-?raise[sd]?|bubbles? up|escapes?|lets? (?:the )?(?:exception|error) (?:propagate|through|escape|bubble up|continue))\b"#
    private static let contextManagerDecorator = #"\{c\d+=@?(?:contextlib\.)?asynccontextmanager\}"#
}
