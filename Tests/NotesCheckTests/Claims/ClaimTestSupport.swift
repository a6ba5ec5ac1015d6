@testable import NotesCheck

/// A sentence from plain text, with code spans found by their backticks (for rule tests, which need no file).
func sentence(_ text: String) -> Sentence {
    let bytes = Array(text.utf8)
    var spans: [Range<Int>] = []
    var index = 0
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "`"), let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "`")) {
            spans.append(index..<(close + 1))
            index = close + 1
        } else {
            index += 1
        }
    }
    return Sentence(text: text, codeSpans: spans, fileOffsets: Array(0...bytes.count))
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
        case .awaitDirectly: return "await directly"
        case .swapSleep(let toAsync): return toAsync ? "asyncio.sleep for time.sleep" : "time.sleep for asyncio.sleep"
        }
    }
    switch assertion {
    case .printedBefore(let a, let b): return "printed \(subject(a)) before \(subject(b))"
    case .printedFirst(let a): return "first \(subject(a))"
    case .printedLast(let a): return "last \(subject(a))"
    case .printed(let a): return "printed \(subject(a))"
    case .lasts(let a, let d): return "\(subject(a)) lasts \(d.described)"
    case .concurrent(let s): return "concurrent \(s.map(subject).joined(separator: ","))"
    case .sequential(let s): return "sequential \(s.map(subject).joined(separator: ","))"
    case .startsAfterEnd(let a, let b): return "\(subject(a)) starts after \(subject(b)) ends"
    case .blocksLoop(let a): return "\(subject(a)) blocks loop"
    case .startsImmediately(let a): return "\(subject(a)) starts immediately"
    case .endsCancelled(let a): return "\(subject(a)) ends cancelled"
    case .neverStarts(let a): return "\(subject(a)) never starts"
    case .api(let fact): return "api \(fact)"
    case .counterfactual(let e, let a): return "if \(edit(e)): \(describe(a, mentions))"
    case .necessity(let e, let a): return "needed \(edit(e)) for \(describe(a, mentions))"
    case .not(let a): return "not \(describe(a, mentions))"
    }
}
