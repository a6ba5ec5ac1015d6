/// Conditions phrased every way notes phrase them: removing, replacing, inserting, moving code, changing a
/// number; and what a changed program does as a whole ("changes nothing", "would hang", "raises `X`").
///
/// A condition rule names the edit; the consequence is read by the other rules from the rest of the sentence
/// and decided on the variant run. Edits that cannot be located in the code leave the claim unverifiable.
extension ClaimCatalogue {
    /// "we", "you": who makes the change.
    static let actor = #"(?:we|you|i|one|someone)"#
    /// What may stand before the code a change names: "the final", "that extra".
    static let codeDeterminer = #"(?:the |that |this |its |an? |both |all )?(?:(?:final|last|first|second|extra|whole|entire|initial|single|very) )*"#
    /// What may follow it: "`X` line", "`X` call".
    static let statementNoun = #"(?: line| lines| call| statement| expression)?"#
    static let removing = #"(?:deleting|removing|dropping|commenting out|taking out|leaving out|getting rid of|skipping|omitting|unwrapping)"#
    static let removed = #"(?:removed?|deleted?|dropped?|commented out|comment out|took out|take out|taken out|left out|leave out|skipped?|omitted?|got rid of|get rid of|forgot|forget|unwrapped|unwrap)"#
    /// Where a gerund phrase may begin the condition: the sentence's start or a clause's.
    static let clauseStart = #"(?:^|\b(?:that|and|but|so|then|simply|just) )(?:simply |just )?"#
    /// A number as prose writes it: digits, a word, or a duration.
    static let number = #"(?<![\w.{=(,])(?:\d+(?:\.\d+)?|\{d\d+\}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\w.])"#
    /// A statement an anchor can name: code, or "the loop".
    static let anchor = #"(?:the )?(?<b>\{c\d+(?:=[^}]*)?\}|the (?:for |while |async for )?loop\b)"#

    /// A code span that is a call with at least one literal argument: `{c0=asyncio.semaphore(5)}`.
    static let variantCall = #"\{c\d+=[a-z_][\w.]*\([^}]*?(?:\d|'|"|\btrue\b|\bfalse\b|\bnone\b)[^}]*\)\}"#

    static let conditionRules: [ClaimRule] = removals + replacements + numberChanges + insertions + moves + awaitOrder + primitives
        + callVariants + namedValues + blockExits + conditionalConsequences + tableRows

    static let primitives: [ClaimRule] = [
        ClaimRule("counterfactual/without-primitive", .counterfactual,
                  "\\b(?:without|if \(actor) (?:had )?(?:removed|dropped|didn't use|did not use|took out)|\(clauseStart)(?:removing|dropping)) (?:the |a |any |that |its |our )?(?<v>(?:bounded )?semaphore|lock|timeout|deadline)\\b(?! (?:of|with|limit|argument|parameter|error|exception))",
                  .condition(.rewrite(.removePrimitive(kind: "v"))),
                  "Without the semaphore or lock (its `async with` lines gone) or the timeout (its `async with` line gone, `wait_for` unwrapped), the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/primitive-size", .counterfactual,
                  "\\bif (?:the |our |that )?(?<v>(?:bounded )?semaphore)(?:'s limit)? (?:had|allowed|were created with|was created with|had room for|let in|were|was) (?:a limit of |room for )?(?<a>\(number))(?: slots?| permits?| places?| seats?| tokens?)?",
                  .condition(.rewrite(.resizePrimitive(kind: "v", size: "a"))),
                  "If the semaphore had another size, the consequence holds (decided on the variant run)."),
    ]

    /// A call the sentence writes with other arguments than the snippet's: the variant makes that call instead.
    /// Verbs that change a value to another: "raising the limit to", "if we set the timeout to".
    static let raising = "(?:raising|lowering|increasing|decreasing|reducing|bumping|changing|setting|dropping|cutting|shrinking|growing|doubling|halving|turning)"
    static let raised = "(?:raised|raise|lowered|lower|increased|increase|decreased|decrease|reduced|reduce|bumped|bump|changed|change|set|dropped|drop|cut|shrank|shrink|doubled|double|halved|halve|turned|turn)"

    static let callVariants: [ClaimRule] = {
        let using = "(?:used|use|passed|pass|called|call|written|wrote|write|tried|try|created|create|chosen|chose|choose|picked|pick|made|make|given|gave|give|started with|run|ran)"
        return [
            ClaimRule("counterfactual/with-call", .counterfactual,
                      "(?:^|: )(?:with|using) (?:only |just |a |an |the )?(?<a>\(variantCall))",
                      .condition(.rewrite(.substituteCall(call: "a", sameMeansSnippet: true))),
                      "With a call written with other literal arguments than the snippet's, the consequence holds (decided on the variant making that call; the same call is the snippet itself)."),
            ClaimRule("counterfactual/used-call", .counterfactual,
                      "\\b(?:had \(actor)|if \(actor)(?: had| were to| just| simply| instead)*) \(using) (?:it with |a |an |the )?(?<a>\(variantCall))",
                      .condition(.rewrite(.substituteCall(call: "a", sameMeansSnippet: false))),
                      "Had we used a call with other arguments, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/changing-to-call", .counterfactual,
                      "(?:\(clauseStart)\(raising)|\\bif \(actor) (?:had )?\(raised)) (?:(?!to\\b)[\\w'-]+ ){0,4}(?:to|into) (?<a>\(variantCall))",
                      .condition(.rewrite(.substituteCall(call: "a", sameMeansSnippet: false))),
                      "Raising or changing something to a call with other arguments, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/call-would", .counterfactual,
                      "(?:^|: )(?:a |an |the )?(?:plain |simple |single )?(?<a>\(variantCall)) (?:\\w+ )?(?:would|could|might)\\b",
                      .condition(.rewrite(.substituteCall(call: "a", sameMeansSnippet: false))),
                      "A call with other arguments would do something: decided on the variant making that call."),
        ]
    }()

    /// A value the sentence names, given another number: "raising the timeout to 6", "if `per_try` were 2".
    static let namedValues: [ClaimRule] = {
        let value = "(?<a>\(number)|\(D))"
        let name = "(?:the |its |our |that |this )(?:semaphore'?s? )?(?<v>(?!(?:sleep|delay|pause|wait|time|total|run|program|number|result|output)\\b)[a-z][\\w-]*(?: [a-z][\\w-]*){0,2}?)"
        let code = "(?<v>\\{c\\d+=[a-z_]\\w*\\})"
        let change = "(?:\(clauseStart)\(raising)|\\bif \(actor) (?:had )?\(raised))"
        let were = "(?:were|had been) (?:set to |raised to |lowered to |changed to |increased to |reduced to )?(?:only |just )?"
        let template = ClaimRule.Template.condition(.rewrite(.setNamedValue(name: "v", value: "a")))
        return [
            ClaimRule("counterfactual/raising-named-value", .counterfactual, "\(change) \(name) (?:up |down |back )?to \(value)", template,
                      "Raising or lowering a named value (a keyword argument, a variable, a semaphore's limit) to a number, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/raising-code-value", .counterfactual, "\(change) \(code) (?:up |down |back )?to \(value)", template,
                      "Setting a named value written as code to a number, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/named-value-were", .counterfactual, "\\bif \(name) \(were)\(value)", template,
                      "If a named value were another number, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/code-value-were", .counterfactual, "\\bif \(code) \(were)\(value)", template,
                      "If a value written as code were another number, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/had-named-value-been", .counterfactual, "\\bhad \(name) been (?:set to )?(?:only |just )?\(value)", template,
                      "Had a named value been another number, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/had-code-value-been", .counterfactual, "\\bhad \(code) been (?:set to )?(?:only |just )?\(value)", template,
                      "Had a value written as code been another number, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/with-named-value", .counterfactual,
                      "(?:^|: )with (?:a |an )(?<v>[a-z][\\w-]*(?: [a-z][\\w-]*){0,2}?) of \(value)", template,
                      "With a named value of another number (in a conditional sentence), the consequence holds (decided on the variant run)."),
        ]
    }()

    /// A table whose header speaks of time, a row pairing a call with a duration: `| Semaphore(3) | 2 s |`. A row is
    /// read under its header and delimiter row (`ProseBlock.sentences`), its cells parted by `;` (`ClaimText`).
    static let tableRows: [ClaimRule] = [
        ClaimRule("counterfactual/table-row-total", .counterfactual,
                  "(?:^|; )(?<a>\(variantCall)) ; (?:(?:about|roughly|~) )?(?<d>\(D))(?= ;|$)",
                  .variantLasts(call: "a", duration: "d"),
                  "A table row gives the total time of the run making the row's call (decided on that variant).",
                  cue: #"^[^-]*?\b(?:total|time|duration|takes|took|elapsed|runtime|seconds)\b[^-]*?; ?:?-"#),
    ]

    /// A statement taken out of the block it sits in: it runs after the block instead ("if the `await` were
    /// outside the `async with` block").
    static let blockExits: [ClaimRule] = {
        let outside = "(?:outside|out of)(?: of)? (?:the |that |its )?(?<b>\(C))(?: (?:block|statement|body|loop))?"
        return [
            ClaimRule("counterfactual/were-outside", .counterfactual,
                      "\\bif (?:the )?(?<a>\(C))\(statementNoun) (?:were|was|is|sat|stood|came) (?:moved |placed |put |written |taken )?\(outside)",
                      .condition(.rewrite(.move(statement: "a", anchor: "b", after: true))),
                      "If a statement were outside a block, the consequence holds (decided on the variant with it after the block)."),
            ClaimRule("counterfactual/had-been-outside", .counterfactual,
                      "\\bhad (?:the )?(?<a>\(C))\(statementNoun) (?:been )?(?:moved |placed |put |written |taken |pulled )?\(outside)",
                      .condition(.rewrite(.move(statement: "a", anchor: "b", after: true))),
                      "Had a statement been moved out of a block, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/moving-outside", .counterfactual,
                      "(?:\\bif \(actor) (?:had |were to |just |simply )?(?:moved?|put|placed?|took|take|taken|pulled|pull|dedented|dedent)|\(clauseStart)(?:moving|putting|taking|pulling|dedenting)) (?:the )?(?<a>\(C))\(statementNoun) \(outside)",
                      .condition(.rewrite(.move(statement: "a", anchor: "b", after: true))),
                      "Moving a statement out of a block, the consequence holds (decided on the variant run)."),
        ]
    }()

    static let removals: [ClaimRule] = [
        ClaimRule("counterfactual/removing-block", .counterfactual,
                  "\(clauseStart)\(removing) \(codeDeterminer)(?<a>\(C)) (?:loop|block)",
                  .condition(.rewrite(.removeBlock("a"))),
                  "Removing a whole loop or block, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/removing", .counterfactual,
                  "\(clauseStart)\(removing) \(codeDeterminer)(?<a>\(C))\(statementNoun)(?! loop| block)",
                  .condition(.remove("a")),
                  "Removing a statement, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/we-remove-block", .counterfactual,
                  "\\bif \(actor) (?:had |were to |just |simply )?\(removed) \(codeDeterminer)(?<a>\(C)) (?:loop|block)",
                  .condition(.rewrite(.removeBlock("a"))),
                  "If we removed a whole loop or block, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/we-remove", .counterfactual,
                  "\\bif \(actor) (?:had |were to |just |simply )?\(removed) \(codeDeterminer)(?<a>\(C))\(statementNoun)(?! loop| block)",
                  .condition(.remove("a")),
                  "If we removed a statement, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/if-block-removed", .counterfactual,
                  "\\bif (?:the |that |this )?(?<a>\(C)) (?:loop|block) (?:were|was|is|had been|gets|got) (?:removed|deleted|dropped|taken out|commented out|left out|skipped|omitted)",
                  .condition(.rewrite(.removeBlock("a"))),
                  "If a loop or block were removed, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/subject-without-it", .counterfactual,
                  "^(?:the |that |this |an? )?(?:(?:final|last|extra|first|second|whole) )?(?<a>\(C))(?=(?: [a-z-]+)? [^.]*?\\bwithout (?:it|that line|that call|that statement)\\b)",
                  .condition(.remove("a")),
                  "The code a sentence opens with, \"without it\": the consequence holds on the variant without it."),
        ClaimRule("counterfactual/no-code", .counterfactual,
                  "\\((?:no|without (?:the |a |its )?) ?(?<a>\(C))\\)",
                  .condition(.remove("a")),
                  "An aside \"(no `raise`)\" names code the variant goes without."),
        ClaimRule("necessity/required-without-it", .necessity,
                  "(?<a>\(C))\(statementNoun) (?:is|are|isn't|aren't) (?:really |strictly |absolutely |still |also |not |no longer |even )*(?:required|needed|necessary|essential|mandatory|crucial|important)\\b[^.]*?\\b(?:without it|otherwise|or else)\\b",
                  .condition(.remove("a")),
                  "A statement is required: without it the consequence holds (decided on the variant without it)."),
        ClaimRule("counterfactual/can-be-removed", .counterfactual,
                  "(?<a>\(C))\(statementNoun) (?:can|could|may) (?:safely |simply |just |even |also )*(?:be )?(?:removed|deleted|dropped|left out|omitted|commented out|taken out)",
                  .condition(.remove("a")),
                  "A statement can be removed: the consequence holds on the variant without it."),
        ClaimRule("necessity/need-otherwise", .necessity,
                  "\\b(?:need|needs|needed|require|requires|required|must keep|have to keep|keep) \(codeDeterminer)(?<a>\(C))\(statementNoun)[^.;]*?(?:; )?\\b(?:otherwise|or else|without it)\\b",
                  .condition(.remove("a")),
                  "We need a statement, otherwise the consequence holds (decided on the variant without it)."),
    ]

    /// "replaced with a", "swapped for the".
    static let replacedBy = #"(?:replaced|swapped|substituted|exchanged) (?:with|by|for) (?:an? |the )?"#

    static let replacements: [ClaimRule] = [
        ClaimRule("counterfactual/replacing", .counterfactual,
                  "\(clauseStart)(?:replacing|swapping|substituting|exchanging) \(codeDeterminer)(?<a>\(C))\(statementNoun) (?:with|by|for) (?:an? |the )?(?<b>\(C))",
                  .condition(.rewrite(.replace(old: "a", new: "b"))),
                  "Replacing code with other code, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/we-replace", .counterfactual,
                  "\\bif \(actor) (?:had |were to |just |simply )?(?:replaced?|swapped?|swap|substituted?|exchanged?) \(codeDeterminer)(?<a>\(C))\(statementNoun) (?:with|by|for) (?:an? |the )?(?<b>\(C))",
                  .condition(.rewrite(.replace(old: "a", new: "b"))),
                  "If we replaced code with other code, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/were-replaced", .counterfactual,
                  "\\bif (?:the |that |this )?(?<a>\(C))\(statementNoun)(?: (?:in|of|inside) (?:the )?\(C))? (?:were|was|is|got|gets|had been) \(replacedBy)(?<b>\(C))",
                  .condition(.rewrite(.replace(old: "a", new: "b"))),
                  "If code were replaced with other code, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/had-been-replaced", .counterfactual,
                  "\\bhad (?:the |that |this )?(?<a>\(C))\(statementNoun)(?: (?:in|of|inside) (?:the )?\(C))? been \(replacedBy)(?<b>\(C))",
                  .condition(.rewrite(.replace(old: "a", new: "b"))),
                  "Had code been replaced with other code, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/instead-of", .counterfactual,
                  "(?<b>\(C)) instead of (?:the |a |an )?(?<a>\(C))",
                  .condition(.rewrite(.replace(old: "a", new: "b"))),
                  "With some code instead of other code, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/switching", .counterfactual,
                  "\\b(?:(?:switching|changing|turning)|if \(actor) (?:had )?(?:switch(?:ed)?|change[d]?|turn(?:ed)?)) \(codeDeterminer)(?<a>\(C))\(statementNoun) (?:to|into) (?:an? |the )?(?<b>\(C))",
                  .condition(.rewrite(.replace(old: "a", new: "b"))),
                  "Switching code to other code, the consequence holds (decided on the variant run)."),
    ]

    static let numberChanges: [ClaimRule] = [
        ClaimRule("counterfactual/number-instead-of", .counterfactual,
                  "(?<b>\(number)) (?:[a-z-]+ ){0,2}instead of (?:the )?(?<a>\(number))",
                  .condition(.rewrite(.replaceNumber(old: "a", new: "b"))),
                  "With one number instead of another, the consequence holds (decided on the variant with the literal changed)."),
        ClaimRule("counterfactual/with-count", .counterfactual,
                  "(?:^with|\\bif (?:there were|we (?:had|started|ran|used|spawned|created)|you (?:had|started|ran|used|spawned|created))) (?:only |just )?(?<a>\(number)) (?:[a-z-]+ )?(?:workers|tasks|jobs|items|requests|downloads|calls|coroutines|consumers|producers|fetches|pages|urls)\\b(?! instead)",
                  .condition(.rewrite(.setCount(count: "a"))),
                  "With another number of workers (the one `range(N)` of the snippet), the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/sleep-were", .counterfactual,
                  "\\bif (?:the |each |every |that |its )?(?:sleep|delay|pause|wait)s? (?:call |calls )?(?:were|was|lasted|took|became|had been) (?:only |just |instead )?(?<d>\(D))",
                  .condition(.rewrite(.setSleep(duration: "d"))),
                  "If the sleep were another length, the consequence holds (decided on the variant with the sleep changed)."),
    ]

    static let insertions: [ClaimRule] = {
        let adding = "(?:\\bif \(actor) (?:had |were to |just |simply |also )?(?:add|added|insert|inserted|put|place[d]?|call|called)|\(clauseStart)(?:adding|inserting|putting))"
        let statement = "(?:an? |the |another |one )?(?:extra |single )?(?<a>\(C))(?: call| line| statement)?"
        let close = "(?:right |just |directly |immediately )?"
        let doing = "\\bif (?<b>\(C)) (?:first |also )?(?:did|does|had|ran|awaited|called|performed|started with|began with) (?:an? |the |its own )?(?<a>\(C))"
        return [
            ClaimRule("counterfactual/add-after-creating", .counterfactual,
                      "\(adding) \(statement) \(close)after (?:creating|the creation of|making|starting) (?<b>\(C))",
                      .condition(.rewrite(.insert(statement: "a", anchor: "b", placement: .afterCreation))),
                      "If we added a statement right after creating a task, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/add-after", .counterfactual,
                      "\(adding) \(statement) \(close)(?:after|below|following) (?:the )?(?<b>\(C))",
                      .condition(.rewrite(.insert(statement: "a", anchor: "b", placement: .after))),
                      "If we added a statement after another, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/add-before", .counterfactual,
                      "\(adding) \(statement) \(close)(?:before|above|ahead of) (?:the )?(?<b>\(C))",
                      .condition(.rewrite(.insert(statement: "a", anchor: "b", placement: .before))),
                      "If we added a statement before another, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/add-at-start", .counterfactual,
                      "\(adding) \(statement) (?:at|to) the (?:very )?(?:start|top|beginning|head) of (?<b>\(C))",
                      .condition(.rewrite(.insertInFunction(statement: "a", function: "b", place: .top))),
                      "If we added a statement at the start of a function, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/function-did-first", .counterfactual,
                      "\(doing) (?:first|before (?:doing )?anything(?: else)?|at the (?:start|beginning))",
                      .condition(.rewrite(.insertInFunction(statement: "a", function: "b", place: .top))),
                      "If a function did something first, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/function-did-before-first-print", .counterfactual,
                      "\(doing) before (?:its |the )?first print(?:ing|s)?\\b",
                      .condition(.rewrite(.insertInFunction(statement: "a", function: "b", place: .beforeFirstPrint))),
                      "If a function did something before its first print, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/function-did-before-printing", .counterfactual,
                      "\(doing) before (?:printing|it prints|the print)\\b",
                      .condition(.rewrite(.insertInFunction(statement: "a", function: "b", place: .beforeOnlyPrint))),
                      "If a function did something before printing, the consequence holds (decided on the variant run)."),
        ]
    }()

    static let moves: [ClaimRule] = [true, false].flatMap { after -> [ClaimRule] in
        let place = after ? "after" : "before"
        let word = after ? "(?:after|below|following)" : "(?:before|above|ahead of)"
        let close = "(?:right |just |directly |immediately |only )?"
        return [
            ClaimRule("counterfactual/moved-\(place)", .counterfactual,
                      "\\bif (?:the )?(?<a>\(C))\(statementNoun) (?:were|was|is|had been|got) (?:moved|placed|put|written) (?:to )?\(close)\(word) \(anchor)",
                      .condition(.rewrite(.move(statement: "a", anchor: "b", after: after))),
                      "If a statement were moved \(place) another, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/had-come-\(place)", .counterfactual,
                      "\\bhad (?:the )?(?<a>\(C))\(statementNoun) (?:come|came|been moved|been placed|been put|been written|run|been run|gone) \(close)\(word) \(anchor)",
                      .condition(.rewrite(.move(statement: "a", anchor: "b", after: after))),
                      "Had a statement come \(place) another, the consequence holds (decided on the variant run)."),
            ClaimRule("counterfactual/we-move-\(place)", .counterfactual,
                      "(?:\\bif \(actor) (?:had |were to |just |simply )?(?:move[d]?|put|place[d]?)|\(clauseStart)moving) (?:the )?(?<a>\(C))\(statementNoun) (?:up |down |back )?(?:to )?\(close)\(word) \(anchor)",
                      .condition(.rewrite(.move(statement: "a", anchor: "b", after: after))),
                      "If we moved a statement \(place) another, the consequence holds (decided on the variant run)."),
        ]
    }

    static let awaitOrder: [ClaimRule] = [
        ClaimRule("counterfactual/awaiting-after", .counterfactual,
                  "(?:^awaiting|\\bif \(actor) (?:had )?awaited|\\bhad \(actor) awaited) (?<a>\(C)) (?:only )?after (?<b>\(C))",
                  .condition(.rewrite(.moveAwaitAfter(moved: "a", anchor: "b"))),
                  "Awaiting a task after another, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/not-awaited", .counterfactual,
                  "\\b(?:if \(actor) (?:don't|do not|didn't|did not|never|hadn't|had not|forget to|forgot to|fail to|failed to) (?:await|awaited)|without (?:ever )?awaiting) (?:the |that |this )?(?<a>\(C)|task\\w*)",
                  .condition(.removeAwait("a")),
                  "If we did not await a task, the consequence holds (decided on the variant without its await)."),
        ClaimRule("counterfactual/never-awaited", .counterfactual,
                  "\\bif (?:the |that )?(?<a>\(C)|task\\w*) (?:were|was|is|had) (?:never|not|n't) (?:been )?awaited",
                  .condition(.removeAwait("a")),
                  "If a task were never awaited, the consequence holds (decided on the variant without its await)."),
        ClaimRule("counterfactual/awaited-before", .counterfactual,
                  "\\bif (?<a>\(C))(?: task)? (?:were|was|is|had been|got|gets) awaited (?:right |just )?(?:before|ahead of|prior to) (?<b>\(C))",
                  .condition(.moveAwaitBefore(moved: "a", anchor: "b")),
                  "If a task were awaited before another statement, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/we-awaited-before", .counterfactual,
                  "\\b(?:if \(actor) (?:had )?|had \(actor) )awaited (?<a>\(C))(?: task)? (?:right |just |first )?(?:before|ahead of|prior to) (?:the )?(?<b>\(C))",
                  .condition(.moveAwaitBefore(moved: "a", anchor: "b")),
                  "If we awaited a task before another statement, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/awaiting-before", .counterfactual,
                  "^awaiting (?<a>\(C)) (?:right |just )?(?:before|ahead of|prior to) (?<b>\(C))",
                  .condition(.moveAwaitBefore(moved: "a", anchor: "b")),
                  "Awaiting a task before another statement, the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/without-create-task", .counterfactual,
                  "\\bwithout (?:using |calling |the )?(?:\(api("create_task|ensure_future"))|create_task|ensure_future)",
                  .condition(.awaitDirectly("")),
                  "Without create_task (each coroutine awaited where its task was), the consequence holds (decided on the variant run)."),
        ClaimRule("counterfactual/awaited-directly", .counterfactual,
                  "\\bif \(actor) (?:had )?(?:just |simply |instead )?(?:awaited|await|called) (?:the |each )?(?:coroutines?|\(C)) (?:directly|one by one|in turn|one after (?:the )?other)",
                  .condition(.awaitDirectly("")),
                  "If the coroutines were awaited directly instead of as tasks, the consequence holds (decided on the variant run)."),
    ]

    /// "than before", or no comparison at all: the change is measured against the snippet's own run.
    static let thanTheSnippet = #"(?! than (?!before|now|the original|it is|it does|as written))"#

    /// Consequences in the conditional mood ("the total would still be 4 s", "would print `x`"): read only as
    /// what a variant does, since a hypothetical clause states nothing about the snippet's own run.
    static let conditionalConsequences: [ClaimRule] = {
        let would = "(?<!\\} )\\b(?:would|will|could|might)(?<neg>n't| not| never)? \(adverbs)"
        let print = "(?:print|output|show|display|log)s? (?:out )?(?<a>\(M))"
        return [
            ClaimRule("duration/total-would-be", .duration,
                      "(?<subj>)\\btotal (?:time |runtime |run time |duration |running time )?(?:would|will|could|might) \(adverbs)(?:be|stay(?: at)?|remain(?: at)?|drop to|fall to|come to|go down to|shrink to|grow to|rise to) (?:(?:only|just|exactly) )*(?<d>\(D))",
                      .lasts(subject: "subj", duration: "d"),
                      "A changed program's total time is a stated time."),
            ClaimRule("duration/brings-total-to", .duration,
                      "(?<subj>)\\b(?:would|will|could|might) \(adverbs)(?:bring|cut|drop|reduce|get|push|take|shrink|raise) (?:the total|the run|it|that|this|everything|the (?:total |run |running |overall |whole )?(?:time|run|runtime|duration))(?: (?:down|up|back))? to (?:(?:only|just|about|roughly) )*(?<d>\(D))",
                      .lasts(subject: "subj", duration: "d"),
                      "A change brings the total time to a stated time."),
            ClaimRule("ordering/last-line-would-be", .ordering,
                      "\\bthe (?:very )?(?:last|final) (?:line|thing printed|output line)(?: printed)? (?:would|will) \(adverbs)(?:be|read|say|show) (?<a>\(M))",
                      .printedLast("a"),
                      "A changed program's last printed line is a given text."),
            ClaimRule("ordering/first-line-would-be", .ordering,
                      "\\bthe (?:very )?first (?:line|thing printed|output line)(?: printed)? (?:would|will) \(adverbs)(?:be|read|say|show) (?<a>\(M))",
                      .printedFirst("a"),
                      "A changed program's first printed line is a given text."),
            ClaimRule("output/would-print-at", .ordering,
                      "\(would)\(print) (?:only |right |just |exactly )?(?:after|at) (?<d>\(D))",
                      .printedAt("a", duration: "d"),
                      "A changed program prints a text at a stated time."),
            ClaimRule("output/makes-it-print-at", .ordering,
                      "\\b(?:makes?|made|would make|will make|lets?) (?:it|the program|the run|the script|the code|everything) \(adverbs)\(print) (?:only |right |just |exactly )?(?:after|at) (?<d>\(D))",
                      .printedAt("a", duration: "d"),
                      "A change makes the program print a text at a stated time."),
            ClaimRule("output/makes-it-print", .output,
                      "\\b(?:makes?|made|would make|will make|lets?) (?:it|the program|the run|the script|the code|everything) \(adverbs)\(print)(?! (?:before|after|first|last|at)\\b)",
                      .printed("a"),
                      "A change makes the program print a text."),
            ClaimRule("output/call-would-print", .output,
                      "^\(variantCall) (?:would|will|could|might)(?<neg>n't| not| never)? \(adverbs)\(print)(?! (?:before|after|first|last|at)\\b)",
                      .printed("a"),
                      "A call with other arguments would print a text (the call is the condition, not what prints)."),
            ClaimRule("output/would-print", .output,
                      "\(would)\(print)(?! (?:before|after|first|last|at)\\b)",
                      .printed("a"),
                      "A changed program prints a text (or, negated, never does)."),
        ]
    }()

    /// What a changed program does as a whole; read as consequences of the conditions above.
    static let outcomeRules: [ClaimRule] = {
        let noDifference = "(?:changes? nothing|changed nothing|(?:makes?|made) no (?:real |visible |observable |measurable )?difference|has no (?:visible |observable |real )?effect|(?:does|would|will|did|should)(?: not|n't) (?:change|affect|alter)(?: anything (?:in|about|to))?)"
        let timing = "(?:timing|total time|run ?time|running time|duration|elapsed time)"
        let same = "(?:stays?|remains?|is|are|would be|would stay|would remain|will be|will stay) (?:exactly |just )?(?:the same|identical|unchanged)"
        let causing = "(?:make|makes|made|cause|causes|caused|leave|leaves|left|let|lets)"
        let program = "(?<!make )(?<!makes )(?<!made )(?<!cause )(?<!causes )(?<!caused )(?<!leave )(?<!leaves )(?<!left )(?<!let )(?<!lets )(?<subj>\\b(?:it|the (?:whole )?(?:program|script|run|code|snippet|example|thing)|everything)\\b|\(api("run|main")))"
        return [
            ClaimRule("outcome/unchanged", .counterfactual,
                      "\\b(?:changes? nothing|changed nothing|(?:makes?|made) no (?:real |visible |observable )?difference|has no (?:visible |observable |real )?effect|(?:does|would|will|did|should)(?: not|n't) change anything|nothing (?:changes|changed|would change|is different|would be different))(?! (?:to|on|for|in|about) )",
                      .outcome(.unchanged(.all)),
                      "A changed program behaves the same: same output, same virtual time."),
            ClaimRule("outcome/unchanged-both", .counterfactual,
                      "\\bthe (?:printed )?output and (?:the )?\(timing) \(same)",
                      .outcome(.unchanged(.all)),
                      "A changed program prints the same in the same time."),
            ClaimRule("outcome/unchanged-output", .counterfactual,
                      "(?:\\b\(noDifference) (?:to |on |in |about )?(?:the |its )?(?:printed |program's |script's )?(?:output|stdout)|\\bthe (?:printed )?output \(same))",
                      .outcome(.unchanged(.output)),
                      "A changed program prints the same lines."),
            ClaimRule("outcome/unchanged-timing", .counterfactual,
                      "(?:\\b\(noDifference) (?:to |on |in |about )?(?:the |its )?\(timing)|\\b(?<!and )the \(timing) \(same))",
                      .outcome(.unchanged(.timing)),
                      "A changed program takes the same virtual time."),
            ClaimRule("outcome/same-time", .counterfactual,
                      "\\b(?:takes?|took|lasts?|lasted|needs?) (?:just |exactly |about |roughly )?(?:as long(?: as (?:before|with [\\w-]+|the original(?: version)?|it did|originally)\\b|(?! as))|the same (?:amount of )?time)",
                      .outcome(.unchanged(.timing)),
                      "A changed program takes as long as the snippet's own run."),
            ClaimRule("outcome/changes-output", .counterfactual,
                      "\\b(?<neg>changes|changed|would change|will change|alters|would alter|affects|would affect) (?:the |its )?(?:printed )?output\\b",
                      .outcome(.unchanged(.output)),
                      "A changed program prints something else."),
            ClaimRule("duration/makes-take", .duration,
                      "\\b(?:\(negation) )?(?:makes?|made|would make|will make) (?<subj>it|everything|the (?:whole |entire )?(?:run|program|script|thing|code|snippet|example)) (?:\\w+ )?(?:take|last|run for|finish in|finish after|end after) (?:(?:about|roughly|only|just|exactly|a total of) )*(?<d>\(D))",
                      .lasts(subject: "subj", duration: "d"),
                      "A change makes the run take a stated time."),
            ClaimRule("outcome/saves-time", .counterfactual,
                      "\\b(?:saves?|saved|saving|shaves?(?: off)?|shaved(?: off)?|knocks? off|takes? off|trims?) (?:us |the run |the program )?(?:(?:about|roughly|only|just|exactly|another|a further) )*(?<d>\(D))",
                      .outcome(.timeChanged(duration: "d", shorter: true)),
                      "A change saves a stated time against the snippet's own run."),
            ClaimRule("outcome/faster-by", .counterfactual,
                      "(?<d>\(D)) (?:faster|shorter|sooner|earlier|quicker|less)\\b\(thanTheSnippet)",
                      .outcome(.timeChanged(duration: "d", shorter: true)),
                      "A changed program is faster by a stated time than the snippet's own run."),
            ClaimRule("outcome/slower-by", .counterfactual,
                      "(?<d>\(D)) (?:slower|longer|later|more)\\b\(thanTheSnippet)",
                      .outcome(.timeChanged(duration: "d", shorter: false)),
                      "A changed program is slower by a stated time than the snippet's own run."),
            ClaimRule("outcome/hangs", .counterfactual,
                      "\(program) (?:(?:would|will|then|still|just|simply|now) )*(?:\(negation) )?(?:(?:just|simply|then) )?(?:hang|hangs|hung|deadlock|deadlocks|deadlocked|block forever|blocks forever|wait forever|waits forever|run forever|runs forever|get stuck|gets stuck|be stuck|is stuck|never (?:finish|finishes|end|ends|return|returns|complete|completes|exit|exits|terminate|terminates))\\b",
                      .outcome(.hangs),
                      "A program never finishes: its loop waits forever."),
            ClaimRule("outcome/makes-hang", .counterfactual,
                      "\\b(?:\(negation) )?\(causing) (?:the (?:whole )?(?:program|script|run|code|snippet)|it|everything) (?:\\w+ )?(?:hang|deadlock|block forever|wait forever|run forever|get stuck|never finish)\\b",
                      .outcome(.hangs),
                      "A change makes the program hang (or, negated, not)."),
            ClaimRule("outcome/raises", .counterfactual,
                      "\\b(?:(?:would|will|then|also) )*(?:\(negation) )?(?:raises?|raised|throws?|threw|fails? with|failed with|crash(?:es)? with|ends? with|blows? up with|dies with)(?: an?| the)? (?<a>\\{c\\d+=[^}]*(?:error|exception|exit|interrupt|cancelled)[^}]*\\})",
                      .outcome(.raises("a")),
                      "A program ends with the named exception."),
        ]
    }()
}
