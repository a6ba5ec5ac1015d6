@testable import NotesCheck

/// A sentence from plain text, with code spans found by their backticks (for rule tests, which need no file):
/// the backticks are dropped from the text, as the Markdown layer drops them.
func sentence(_ markdown: String) -> Sentence {
    var text: [UInt8] = []
    var sources: [Range<Int>] = []
    var spans: [Range<Int>] = []
    var spanSources: [Range<Int>] = []
    var open: (text: Int, file: Int)?
    for (offset, byte) in markdown.utf8.enumerated() {
        if byte == UInt8(ascii: "`") {
            if let start = open {
                spans.append(start.text..<text.count)
                spanSources.append(start.file..<(offset + 1))
                open = nil
            } else {
                open = (text.count, offset)
            }
            continue
        }
        text.append(byte)
        sources.append(offset..<(offset + 1))
    }
    return Sentence(text: String(decoding: text, as: UTF8.self), codeSpans: spans, sourceRanges: sources, codeSpanSources: spanSources)
}

/// The assertions the catalogue finds in a sentence, with mentions written back as their literals.
func claims(_ text: String, matcher: ClaimMatcher = ClaimMatcher()) -> [String] {
    let s = sentence(text)
    let mentions = MentionScanner.mentions(in: s)
    return matcher.candidates(in: s).map { describe($0.assertion, mentions) }
}

func describe(_ assertion: Assertion, _ mentions: [Mention]) -> String {
    func subject(_ s: Subject) -> String {
        switch s {
        case .run: return "run"
        case .phrase(let p): return "'\(p)'"
        case .mention(let i):
            guard i < mentions.count else { return "?" }
            switch mentions[i].kind {
            case .code(let c): return "`\(c)`"
            case .quoted(let q): return "\"\(q)\""
            case .duration(let d): return d.described
            }
        }
    }
    func edit(_ e: SnippetEdit) -> String {
        switch e {
        case .moveAwaitBefore(let a, let b): return "move await \(subject(a)) before \(subject(b))"
        case .awaitRightAfterCreation(let a): return "await \(subject(a)) right after creation"
        case .remove(let a): return "remove \(subject(a))"
        case .removeAwait(let a): return "remove await \(subject(a))"
        case .awaitDirectly: return "await directly"
        case .swapSleep(let toAsync): return toAsync ? "asyncio.sleep for time.sleep" : "time.sleep for asyncio.sleep"
        }
    }
    switch assertion {
    case .printedBefore(let a, let b): return "printed \(subject(a)) before \(subject(b))"
    case .printedFirst(let a): return "first \(subject(a))"
    case .printedLast(let a): return "last \(subject(a))"
    case .printed(let a): return "printed \(subject(a))"
    case .printedAt(let a, let d): return "printed \(subject(a)) at \(d.described)"
    case .comesFirst(let a): return "comes first \(subject(a))"
    case .comesLast(let a): return "comes last \(subject(a))"
    case .shows(let a): return "shows \(subject(a))"
    case .lasts(let a, let d): return "\(subject(a)) lasts \(d.described)"
    case .concurrent(let s): return "concurrent \(s.map(subject).joined(separator: ","))"
    case .sequential(let s): return "sequential \(s.map(subject).joined(separator: ","))"
    case .startsAfterEnd(let a, let b): return "\(subject(a)) starts after \(subject(b)) ends"
    case .blocksLoop(let a): return "\(subject(a)) blocks loop"
    case .startsImmediately(let a): return "\(subject(a)) starts immediately"
    case .endsCancelled(let a): return "\(subject(a)) ends cancelled"
    case .neverStarts(let a): return "\(subject(a)) never starts"
    case .keepsRunning(let a): return "\(subject(a)) keeps running"
    case .api(let fact): return "api \(fact)"
    case .run(.lastsTogether(let a, let d)): return "\(subject(a)) lasts \(d.described) together"
    case .run(let fact): return "run \(fact)"
    case .counterfactual(let e, let a): return "if \(edit(e)): \(describe(a, mentions))"
    case .necessity(let e, let a): return "needed \(edit(e)) for \(describe(a, mentions))"
    case .not(let a): return "not \(describe(a, mentions))"
    }
}
