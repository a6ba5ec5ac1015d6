extension Behaviours {
    private typealias G = AwaitingPhrases

    private static let taskGroupName = G.code("taskgroup") + #"|\btask ?groups?\b|\basyncio\.taskgroup\b"#
    private static let notTaskGroup = G.code("gather|wait|as_completed|shield|wait_for") + #"|\bgather\b|\bas_completed\b|\bwait_for\b"#
    private static let exceptionGroup = #"(?:\{c\d+=(?:builtins\.)?exceptiongroup[^}]*\}|exception ?groups?\b)"#
    private static let baseExceptionGroup = #"(?:\{c\d+=(?:builtins\.)?baseexceptiongroup[^}]*\}|base ?exception ?groups?\b)"#
    /// The error of a child, unwrapped: "a plain `ValueError`", "the original exception".
    private static let plainError = #"(?:an? |the )?(?:plain |bare |ordinary |regular |normal |original |unwrapped |simple |single )+(?:\{c\d+=(?:builtins\.)?\w*(?:error|exception)\}|exception\b|error\b)"#

    /// What `asyncio.TaskGroup` does when a child fails, and how it ends.
    static let taskGroup = BehaviourFamily(name: "task-group", cue: #"task ?group|exception ?group|async ?with"#, program: ProbePrelude.recordedJob + #"""
    async def main():
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(job("bad", 0.1, fail=True))
                group.create_task(job("sibling", 0.3))
            raised = None
        except BaseException as error:
            raised = error
        print("fact:failure-cancels-siblings %s | when one child raises, its sibling is %s" % (
            "sibling cancelled" in events, "cancelled" if "sibling cancelled" in events else "left running"))
        print("fact:error-type %s | the async with block raises %s, %s" % (
            type(raised).__name__, type(raised).__name__,
            "wrapping %r" % list(raised.exceptions) if isinstance(raised, BaseExceptionGroup) else "unwrapped"))
        print("fact:error-is-base-exception-group %s | the error raised is a BaseExceptionGroup: %s" % (
            isinstance(raised, BaseExceptionGroup), isinstance(raised, BaseExceptionGroup)))

        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(job("first", 0.1, fail=True))
                group.create_task(job("second", 0.1, fail=True))
            kept = []
        except* ValueError as group_error:
            kept = [str(error) for error in group_error.exceptions]
        print("fact:keeps-all-errors %s | two children that fail at the same time: except* ValueError sees %s" % (
            len(kept) == 2, kept))
        caught = "except* ValueError" if kept else "nothing"
        print("fact:except-star-catches %s | a child's ValueError is caught by %s" % (bool(kept), caught))

        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(job("plain", 0.1, fail=True))
            caught = "nothing"
        except ValueError:
            caught = "except ValueError"
        except BaseException as error:
            caught = "not except ValueError (%s)" % type(error).__name__
        print("fact:plain-except-catches %s | a plain except ValueError around the block: %s" % (
            caught == "except ValueError", caught))

        events.clear()
        async with asyncio.TaskGroup() as group:
            group.create_task(job("short", 0.1))
            group.create_task(job("long", 0.3))
        print("fact:waits-for-all %s | when the async with block exits, the children have %s" % (
            events == ["short finished", "long finished"], events))

        late = job("late", 0)
        try:
            group.create_task(late)
            closed = "returns"
        except BaseException as error:
            late.close()
            closed = type(error).__name__
        print("fact:create-task-after-exit %s | create_task() on a TaskGroup whose async with block has exited: %s" % (
            closed, closed))


    asyncio.run(main())
    """#, rules: [
        BehaviourFamily.Rule("api/task-group-failure-cancels-others", .api,
            G.clause(about: taskGroupName, keyword: #"task ?group"#, avoiding: notTaskGroup + #"|\b(?:you|we|yourself|must|have to|need to|should|manually|explicitly)\b"#, requiring: G.failure,
                     #"(?:cancels?|cancelled|cancelling|kills?|stops?|aborts?|tears? down) "# + G.others),
            key: "failure-cancels-siblings", expected: "true",
            "When a child of a TaskGroup raises, the group cancels the others (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-failure-others-cancelled", .api,
            G.clause(about: taskGroupName, keyword: #"task ?group"#, avoiding: notTaskGroup + #"|\buntil\b"#, requiring: G.failure,
                     G.others + " " + G.words(2) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(2))(?:\#(AwaitingPhrases.cancelled)|killed|stopped|aborted)\b"#),
            key: "failure-cancels-siblings", expected: "true",
            "When a child of a TaskGroup raises, the others are cancelled (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-failure-others-keep-running", .api,
            G.clause(about: taskGroupName, keyword: #"task ?group"#, avoiding: notTaskGroup + #"|\buntil\b"#, requiring: G.failure,
                     G.others + " " + G.words(3) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))(?:keep|keeps|continue|continues|go on|goes on|carry on|carries on|are left|is left|run to completion)\b(?: (?:running|executing|going|alive|in the background))?"#),
            key: "failure-cancels-siblings", expected: "false",
            "When a child of a TaskGroup raises, the others keep running (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-wraps-errors", .api,
            G.clause(about: taskGroupName + "|" + exceptionGroup, keyword: #"task ?group|exception ?group"#, avoiding: notTaskGroup,
                     #"(?:(?:are |is |gets? |get )?(?:wrapped|bundled|collected|grouped|gathered|combined|packaged|raised|re-?raised|reported|delivered|propagated) \#(AwaitingPhrases.words(2))(?:in|into|inside|as|together in) |(?:raises?|throws?|propagates?|wraps \#(AwaitingPhrases.words(3))in(?:to)?|comes? out as|surfaces? as) )(?:an? |the |one )?(?:single )?"# + exceptionGroup),
            key: "error-type", expected: "ExceptionGroup",
            "A TaskGroup raises its children's errors wrapped in an ExceptionGroup (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-base-exception-group", .api,
            G.clause(about: taskGroupName, keyword: #"task ?group"#, avoiding: notTaskGroup,
                     #"(?:(?:are |is |gets? |get )?(?:wrapped|bundled|collected|grouped|raised|re-?raised|propagated) \#(AwaitingPhrases.words(2))(?:in|into|inside|as) |(?:raises?|throws?|propagates?|comes? out as|surfaces? as) )(?:an? |the |one )?"# + baseExceptionGroup),
            key: "error-is-base-exception-group", expected: "true",
            "A TaskGroup raises a BaseExceptionGroup (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-plain-error", .api,
            G.clause(about: taskGroupName + #"|\basync with\b|\{c\d+=async ?with[^}]*\}"#, keyword: #"task ?group|async ?with"#, avoiding: notTaskGroup + #"|group|wrapped|\bchild\b|\bchildren\b|\binside\b"#,
                     #"(?:leaves?|escapes?|exits?|comes? out(?: of)?|propagates?(?: out)?(?: of| from)?|is raised (?:out )?(?:of|from)|surfaces?|bubbles? up(?: out)?(?: of| from)?) \#(AwaitingPhrases.words(4))as "# + plainError),
            key: "plain-except-catches", expected: "true",
            "A child's error leaves a TaskGroup unwrapped (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-reraises-directly", .api,
            G.clause(about: taskGroupName, keyword: #"task ?group"#, avoiding: notTaskGroup + #"|group of|exceptiongroup|exception group|wrapped|\binside\b"#,
                     #"(?:re-?raises?|raises?|propagates?|throws?|passes on) (?:the |its |their )?(?:original |child's |failing task's |underlying |first )?(?:exception|error)s? "# + G.words(4) + #"(?:directly|unchanged|as[- ]is|unwrapped|untouched)\b"#),
            key: "plain-except-catches", expected: "true",
            "A TaskGroup re-raises a child's error as it is (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-plain-except", .api,
            G.clause(about: taskGroupName + #"|\basync with\b|\{c\d+=async ?with[^}]*\}"#, keyword: #"task ?group|async ?with"#, avoiding: notTaskGroup + #"|\{c\d+=except\*"#,
                     #"(?:an? |the )?(?:plain |ordinary |regular |normal |simple |bare )?(?:\{c\d+=except(?!\*)\w+(?:as\w+)?:?\}|except (?:clause|block)) "# + G.words(2) + #"(?:"# + ClaimCatalogue.negation + #" )?\#(AwaitingPhrases.words(1))(?:is enough|is sufficient|suffices|catch|catches|will catch|can catch|handles?|works?|is all you need)\b"#),
            key: "plain-except-catches", expected: "true",
            "A plain except clause catches a TaskGroup child's error (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-keeps-all-errors", .api,
            G.clause(about: taskGroupName + "|" + exceptionGroup, keyword: #"task ?group|exception ?group"#, avoiding: notTaskGroup,
                     #"(?:keeps?|collects?|reports?|contains?|includes?|holds?|gathers?|bundles?|raises?|preserves?|records?) \#(AwaitingPhrases.words(2))(?:all|every|each)(?: of)?(?: the| its| their)? \#(AwaitingPhrases.words(1))(?:errors?|exceptions?|failures?)\b"#),
            key: "keeps-all-errors", expected: "true",
            "A TaskGroup keeps every child's error (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-keeps-first-error", .api,
            G.clause(about: taskGroupName, keyword: #"task ?group"#, avoiding: notTaskGroup,
                     #"(?:keeps?|reports?|raises?|propagates?|re-?raises?|preserves?|records?) only (?:the )?first \#(AwaitingPhrases.words(1))(?:error|exception|failure)\b|(?:drops?|discards?|loses?|swallows?|ignores?|throws? away) (?:the )?(?:other|later|subsequent|remaining|second|rest of the)(?: \w+)?(?: (?:errors?|exceptions?|failures?|ones?))?\b"#),
            key: "keeps-all-errors", expected: "false",
            "A TaskGroup keeps only the first child's error (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-waits-for-all", .api,
            G.clause(about: taskGroupName + #"|\basync with\b|\{c\d+=async ?with[^}]*\}"#, keyword: #"task ?group|async ?with"#, avoiding: notTaskGroup + #"|\b(?:you|we)\b"#,
                     #"(?:waits?|blocks?) \#(AwaitingPhrases.words(2))(?:for|until) (?:(?:all|every|each)(?: of)?(?: the| its| their)?|its|their) \#(AwaitingPhrases.words(1))(?:tasks?|children|child tasks|coroutines?|jobs?)\b"#),
            key: "waits-for-all", expected: "true",
            "A TaskGroup's block waits for all its children before it exits (decided by a probe)."),
        BehaviourFamily.Rule("api/task-group-create-task-after-exit", .api,
            #"^(?=\#(BehaviourPhrase.inSentence)(?:\#(taskGroupName)))(?=.*\b(?:exited|has exited|closed|has finished|is done|has ended|after (?:the |its )?(?:async with|block)|outside (?:the |its )?(?:async with|block)|once the (?:block|group) (?:has )?(?:exited|ended|finished|closed))\b).*?\#(BehaviourPhrase.method("create_task"))\#(BehaviourPhrase.inPhrase) \#(BehaviourPhrase.negated)(?:raises?|throws?) \#(BehaviourPhrase.exception)"#,
            key: "create-task-after-exit", expected: "$v",
            "create_task() on a TaskGroup that has exited raises the named exception (decided by a probe)."),
    ])
}
