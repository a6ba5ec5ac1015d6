/// A claim found in a document: where its words are, what it asserts, and which snippet it is about.
public struct ExtractedClaim: Equatable, Sendable {
    public var candidate: ClaimCandidate
    public var sentence: Sentence
    public var mentions: [Mention]
    /// The claim's own words in the file.
    public var range: Range<ByteOffset>
    public var text: String
    /// The index (among the document's snippets) of the nearest snippet before the claim's prose block.
    public var snippetIndex: Int?
    /// The snippet right after the claim's prose block, when nothing stands between them: the sentence may
    /// introduce it rather than comment on the one before.
    public var nextSnippetIndex: Int?
    /// Code the sentence (or, when it says "it", its block) names that the snippet does not hold — a sign the
    /// sentence is about something else than the snippet's run.
    public var foreignCode: [String]
}

/// Reads a document's prose into claims: sentences, then the catalogue's matches.
public struct ClaimExtractor {
    public let matcher: ClaimMatcher

    public init(matcher: ClaimMatcher = ClaimMatcher()) {
        self.matcher = matcher
    }

    /// The claims of `document` in source order, and how many sentences were read. `snippetStarts` are the
    /// start offsets of the document's snippets, in order; `sessionCode[i]` is the code snippet `i` runs with.
    public func claims(in document: Document, snippetStarts: [ByteOffset], sessionCode: [String]) -> (claims: [ExtractedClaim], sentences: Int) {
        var result: [ExtractedClaim] = []
        var sentenceCount = 0
        var seen: [SentenceReading: [ClaimCandidate]] = [:]
        var code = CodeText("")
        for (position, documentBlock) in document.blocks.enumerated() {
            guard case .prose(let block) = documentBlock else { continue }
            let snippet = snippetStarts.lastIndex { $0 < block.range.lowerBound }
            let next = document.blocks[(position + 1)...].first { if case .htmlComment = $0 { return false } else { return true } }
            var nextSnippet: Int?
            if case .fencedCode(let fence)? = next { nextSnippet = snippetStarts.firstIndex(of: fence.range.lowerBound) }
            let codeSource = snippet.flatMap { $0 < sessionCode.count ? sessionCode[$0] : nil } ?? ""
            if codeSource != code.text { code = CodeText(codeSource) }
            var context: String?
            var antecedent: String?
            if case .heading = block.kind, block.text.split(separator: " ").first?.lowercased().hasSuffix("ing") == true {
                continue
            }
            let sentences = block.sentences
            let foreignBySentence = sentences.map { foreignCode(in: $0, code: code) }
            let blockForeign = foreignBySentence.flatMap { $0 }
            var answersHypothetical = false
            for (sentence, sentenceForeign) in zip(sentences, foreignBySentence) {
                sentenceCount += 1
                if sentence.text.trimmedWhitespace().hasSuffix("?") {
                    answersHypothetical = answersHypothetical || Self.asksWhatIf(sentence.text)
                    continue
                }
                if sentence.text.utf8.count > Self.longestSentence { continue }
                let mentions = MentionScanner.mentions(in: sentence)
                let firstCode = mentions.first { if case .code = $0.kind { return true } else { return false } }?.literal
                let saysIt = sentence.text.lowercased().hasPrefix("it ") || sentence.text.lowercased().contains(" it ")
                let reading = SentenceReading(text: sentence.text, codeSpans: sentence.codeSpans, context: context,
                                              antecedent: antecedent, hypothetical: answersHypothetical)
                let candidates = seen[reading]
                    ?? matcher.candidates(in: sentence, mentions: mentions, context: context, antecedent: antecedent,
                                          hypothetical: answersHypothetical)
                seen[reading] = candidates
                let otherSetting = opensWithOtherSetting(sentence, mentions: mentions, code: code.text)
                for candidate in candidates where !otherSetting || [.api, .counterfactual].contains(candidate.kind) {
                    guard let range = sentence.fileRange(of: candidate.range) else { continue }
                    let foreign = sentenceForeign + (saysIt ? blockForeign : [])
                    result.append(ExtractedClaim(candidate: candidate, sentence: sentence, mentions: mentions, range: range,
                                                 text: sentence.substring(candidate.range), snippetIndex: snippet,
                                                 nextSnippetIndex: nextSnippet,
                                                 foreignCode: Array(Set(foreign)).sorted()))
                }
                if let firstCode { context = firstCode }
                let opensWithIt = sentence.text.trimmedWhitespace().lowercased().hasPrefix("it ")
                antecedent = Antecedent.opening(of: sentence, mentions: mentions) ?? (opensWithIt ? antecedent : nil)
            }
        }
        return (result, sentenceCount)
    }

    /// "With `asyncio.timeout(1.5)` all five counts print": a sentence that opens with a call the snippet does not
    /// make (its arguments differ) describes another program, not this run.
    private func opensWithOtherSetting(_ sentence: Sentence, mentions: [Mention], code: String) -> Bool {
        let text = sentence.text.trimmedWhitespace().lowercased()
        guard text.hasPrefix("with "), let first = mentions.first, case .code(let literal) = first.kind,
              let open = literal.firstIndex(of: "("), literal.hasSuffix(")"),
              literal[literal.index(after: open)...].count > 1 else { return false }
        let squeeze = { (s: String) in s.filter { !$0.isWhitespace }.replacingQuotes() }
        let opening = text.dropFirst(5).drop(while: { $0 == " " || $0 == "`" })
        guard opening.hasPrefix(literal.lowercased().prefix(while: { $0 != "(" })) else { return false }
        return !squeeze(code).contains(squeeze(literal))
    }

    /// A question that sets up another run ("What if we used `Semaphore(1)`?", "…we removed the `await`?",
    /// "Suppose the worker swallowed the error?"): the sentences after it in its block describe that run.
    static func asksWhatIf(_ question: String) -> Bool {
        let text = question.lowercased().trimmedWhitespace()
        if text.hasPrefix("...") || text.hasPrefix("…") { return true }
        let words = text.split { !$0.isLetter && $0 != "'" }.map(String.init)
        let markers: Set<String> = ["if", "suppose", "imagine", "instead", "were", "had", "without", "unless"]
        return words.contains { markers.contains($0) }
    }

    /// Sentences longer than this many bytes (a paragraph without periods; no readable sentence comes near) are
    /// not read for claims: the rules' work on a sentence grows with the square of its length.
    static let longestSentence = 4_000

    /// What the catalogue's reading of a sentence depends on: its text, its code spans (they make its mentions),
    /// the code the prose before it is about, the subject an "it" in it names, and whether it answers a "what if"
    /// question. A sentence written again reads the same.
    private struct SentenceReading: Hashable {
        let text: String
        let codeSpans: [Range<Int>]
        let context: String?
        let antecedent: String?
        let hypothetical: Bool
    }

    /// Code spans of the sentence that look like code (a name or a call) and do not occur in `code`.
    private func foreignCode(in sentence: Sentence, code: CodeText) -> [String] {
        sentence.codeSpans.compactMap { span -> String? in
            let literal = sentence.substring(span).trimmedWhitespace()
            let head = literal.split(separator: "(").first.map(String.init) ?? literal
            let name = head.hasPrefix("await ") ? String(head.dropFirst(6)) : head
            guard !name.isEmpty else { return nil }
            let looksLikeCode = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == " " }
                && name.contains(where: { $0.isLetter })
            guard looksLikeCode else { return nil }
            let keyword = name.split(separator: " ").count > 1
            if keyword { return code.contains(name) ? nil : literal }
            let bare = name.split(separator: ".").last.map(String.init) ?? name
            return code.contains(bare) ? nil : literal
        }
    }
}

/// The code a block of prose is about, read once for all its sentences' code spans.
private struct CodeText {
    let text: String
    let bytes: [UInt8]
    let isASCII: Bool

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// Whether the code holds `part`: bytewise when both are ASCII (the common case, and far cheaper than
    /// Foundation's search), else as Foundation compares them.
    func contains(_ part: String) -> Bool {
        let needle = Array(part.utf8)
        guard isASCII, let first = needle.first, needle.allSatisfy({ $0 < 0x80 }) else { return text.contains(part) }
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
