/// Claims about one run that the other rules do not read: the value a printed line shows, the time of one
/// event, the order of two events, all of one coroutine's lines before another's, stated sums of times, and
/// several runs taking a time together. They come first in `ClaimCatalogue.rules`, so on the same clause and
/// kind they win over looser readings.
extension ClaimCatalogue {
    /// A value a line can show: a number, a Python constant, or a quoted or code literal.
    static let constant = #"(?:-?\d+(?:\.\d+)?|true|false|none)"#
    static let value = #"(?:-?\d+(?:\.\d+)?|true|false|none|\{[cq]\d+(?:=[^}]*)?\})"#
    /// A sum or product of times, the stated result last: "3 + 2 + 1 =", "0.9 s + 1.0 s =".
    static let arithmetic = #"(?:(?:\{d\d+\}|\d+(?:\.\d+)?) ?[-+x×*] ?)+(?:\{d\d+\}|\d+(?:\.\d+)?) ?= ?"#
    /// A verb of one event in a run, as a printed line would say it.
    static let eventVerb = #"(?:starts|started|begins|began|finishes|finished|ends|ended|enters|entered|leaves|left|arrives|arrived|returns|returned|completes|completed|wakes up|woke up|fires|fired|times out|timed out|acquires|acquired|releases|released)"#
    static let reportVerb = #"(?:reported|announced|printed|logged|shown|marked)"#
    /// A one-word subject, optionally numbered ("job 4", "the soup"), or a mention.
    static let eventSubject = #"(?:\{[cq]\d+(?:=[^}]*)?\}|\b(?:the )?[a-z_]+(?: \d+)?)"#

    /// "… is True anyway", "either way": the value is stated of other cases too, not read off this run.
    static let notOtherCase = #"(?! (?:anyway|regardless|either way|in any case|as well in|no matter))"#

    /// A subject of at most six words or mentions, none a conjunction: bounded, so cheap to try at every word.
    static let shortSubject = #"(?<subj>\b(?:(?!(?:because|since|so|while|when|but|then|and|as)\b)(?:\{[cq]\d+(?:=[^}]*)?\}|[a-z_0-9'-]+) ){0,5}?(?:\{[cq]\d+(?:=[^}]*)?\}|[a-z_0-9'-]+))"#

    static let runRules: [ClaimRule] = runCountRules + [
        ClaimRule("output/value-shows", .output,
                  "(?<a>\(M)) (?:still |now |already |here |then |also )?(?:prints|printed|shows|showed|reports|reads|says|outputs|gives|is|was|returns|returned|comes out as|evaluates to) (?:out |as )?(?<v>\(constant))(?!\\w|\\.\\d)\(notOtherCase)",
                  .run(.value(of: "a", value: "v")),
                  "A labelled line (or the line printing an expression) shows a value."),
        ClaimRule("output/value-is", .output,
                  "(?<a>\(C)) (?:still |now |already |here |then |also )?(?:is|was|evaluates to|comes out as|comes back as|ends up as) (?<v>\(M))(?!\\w)\(notOtherCase)",
                  .run(.value(of: "a", value: "v")),
                  "The line printing an expression shows a literal (“`x` prints `y`” says that `x` prints the text `y` instead)."),
        ClaimRule("output/lines-show", .output,
                  "\\b(?:the|each|every|all) (?:of the )?(?<w>[a-z_]+) lines? (?:all )?(?:show|shows|print|prints|read|give|contain|hold) (?<vals>\(value)(?:,? \(value))*,? and \(value))(?<ord>,? (?:in (?:that|this) order|respectively))?",
                  .run(.linesShow(word: "w", values: "vals", ordered: "ord")),
                  "The lines holding a word show the listed values."),
        ClaimRule("output/edge-line-shows", .output,
                  "\\bthe (?:very )?(?<edge>first|last|final) (?:output |printed )?line(?: of (?:the )?output)? (?:shows|prints|ends with|contains|gives) (?<v>\(value))(?!\\w|\\.\\d)",
                  .run(.edgeLine(edge: "edge", value: "v")),
                  "The first or last line of output shows a value."),
        ClaimRule("output/list-starts-with", .output,
                  "\\bthe (?:list|results?|result list|returned list|output list)(?: \\w+){0,3}? (?:starts|begins|opens|leads) with (?<v>\(value))",
                  .run(.listStarts(with: "v", order: "ord")),
                  "The list the run prints starts with an item."),
        ClaimRule("output/list-completion-order", .output,
                  "\\bthe (?:list|results?|result list|returned list)(?: \\w+){0,2}? (?:is|are|comes? back|came back|come out) in (?<ord>completion|finishing|finish) order, (?<v>\(value)) first",
                  .run(.listStarts(with: "v", order: "ord")),
                  "The list the run prints is in completion order, an item first."),
        ClaimRule("output/list-is", .output,
                  "(?:results? (?:comes? back|come out|is|are|will be|ends? up)|produces|gives back|hands back) (?:as |like |equal to )?(?<v>\\[[^\\]{}]{1,80}\\])",
                  .run(.printedList("v")),
                  "The run prints a list."),
        ClaimRule("ordering/reported-at", .ordering,
                  "(?<a>\(M))(?: lines?| messages?)? (?:is |are |gets |was |were )?\(reportVerb) (?:only |right |just |exactly )?(?:at|at the) (?<d>\(D))",
                  .printedAt("a", duration: "d"),
                  "A printed text is reported at a stated time of the run."),
        ClaimRule("ordering/reported-into-run", .ordering,
                  "(?<a>\(M))(?: lines?| messages?)? (?:is |are |gets |was |were )?(?:\(reportVerb)|comes out|appears) (?<d>\(D)) into the run",
                  .printedAt("a", duration: "d"),
                  "A printed text comes out a stated time into the run."),
        ClaimRule("ordering/event-at", .ordering,
                  "(?<s>\(eventSubject)) (?<verb>\(eventVerb)) (?:only |right |just |exactly )?(?:at|at the) (?<d>\(D))(?! (?:after|later|in|before))",
                  .run(.eventAt(subject: "s", verb: "verb", duration: "d")),
                  "The line of one event (“job 5 starts”) comes out at a stated time."),
        ClaimRule("ordering/reported-state-at", .ordering,
                  "(?<s>\(eventSubject)) (?:is |was |gets |got )\(reportVerb) (?<verb>[a-z]+ )?(?:(?:only |right |just |exactly )?at (?:the )?(?<d>\(D))(?: mark)?)",
                  .run(.eventAt(subject: "s", verb: "verb", duration: "d")),
                  "A subject is reported in a state at a stated time."),
        ClaimRule("ordering/reported-state-into-run", .ordering,
                  "(?<s>\(eventSubject)) (?:is |was |gets |got )\(reportVerb) (?<verb>[a-z]+ )?(?<d>\(D)) into the run",
                  .run(.eventAt(subject: "s", verb: "verb", duration: "d")),
                  "A subject is reported in a state a stated time into the run."),
        ClaimRule("ordering/event-before", .ordering,
                  "(?<s>\(eventSubject)) (?<verb>\(eventVerb)) (?:(?:already|even|well|just) )?before (?<o>\(eventSubject)) (?<ov>\(eventVerb)|(?:has |is )?(?:finished|done|left|released|returned))\\b",
                  .run(.eventBefore(subject: "s", verb: "verb", otherSubject: "o", otherVerb: "ov")),
                  "One event's line comes out before another's."),
        ClaimRule("ordering/all-lines-before", .ordering,
                  "\\b(?:the )?(?<s>[a-z_]+) (?:gets|got|prints|printed|writes|wrote|puts|emits|logs) (?:out )?(?:all|every one|each) (?:of )?(?:its|their|his|her) (?:\\w+ )?(?:lines|output|messages|items|results)(?: out)? before (?:the )?(?<o>[a-z_]+) (?:prints|printed|says|outputs|writes|logs|shows)\\b",
                  .run(.allLinesBefore(first: "s", second: "o")),
                  "All the lines one coroutine prints come before any of another's."),
        ClaimRule("duration/total-sum", .duration,
                  "(?<subj>)\\b(?:the )?total(?: time| runtime| run time| duration| running time)? (?:is|comes to|will be|would be|of) (?:(?:about|roughly|around|only|just) )?\(arithmetic)(?<d>\(D))",
                  .lasts(subject: "subj", duration: "d"),
                  "The run's total time is a stated sum; the result is what is checked."),
        ClaimRule("duration/takes-sum", .duration,
                  "\(shortSubject) (?:takes?|took|lasts?|lasted|needs?) (?:(?:about|roughly|around|only|just) )?\(arithmetic)(?<d>\(D))",
                  .lasts(subject: "subj", duration: "d"),
                  "Something takes a stated sum of times; the result is what is checked."),
        ClaimRule("duration/together", .duration,
                  "\(shortSubject) (?:take|takes|took|last|lasts|lasted|need|needs|run for|ran for) (?:(?:only|just|about|roughly|a total of) )*(?<d>\(D)) (?:together|altogether|combined|between them|all told)",
                  .run(.lastsTogether(subject: "subj", duration: "d")),
                  "Several runs take a stated time together, first start to last end."),
    ]
}
