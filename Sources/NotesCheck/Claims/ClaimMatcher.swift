/// A claim the catalogue recognised in a sentence, before any evidence is looked at.
public struct ClaimCandidate: Equatable, Sendable {
    /// The catalogue rule that recognised it (a stable code such as `ordering/printed-before`).
    public var rule: String
    public var kind: ClaimKind
    public var assertion: Assertion
    /// UTF-8 range in the sentence's text: the clause the claim stands in.
    public var range: Range<Int>
}

/// Applies the claim catalogue to sentences. Build one and reuse it: it reads every pattern once (ICU compiles a
/// pattern the first time a sentence gets past its prefilter).
///
/// Each sentence is scanned once for every literal the rules and cues require (`LiteralScanner`); ICU runs only
/// the rules whose literals, and whose cue's literals, are all there.
public struct ClaimMatcher {
    private final class CompiledRule {
        let rule: ClaimRule
        let pattern: CompiledPattern
        /// The rule's literals as the scanner reads them.
        let condition: LiteralCondition
        /// The index of the rule's cue in `cues`.
        let cue: Int?

        init(rule: ClaimRule, pattern: CompiledPattern, condition: LiteralCondition, cue: Int?) {
            self.rule = rule
            self.pattern = pattern
            self.condition = condition
            self.cue = cue
        }
    }

    private struct Cue {
        let pattern: CompiledPattern
        let condition: LiteralCondition
    }

    private let compiled: [CompiledRule]
    /// The rules' distinct cues.
    private let cues: [Cue]
    private let scanner: LiteralScanner
    private let conditional: CompiledPattern
    private let instructional: CompiledPattern
    private let doubting: CompiledPattern
    private let contrast: CompiledPattern
    private let negationAtEnd: CompiledPattern
    static let groupNames = ["a", "b", "subj", "d", "neg", "all", "nature", "v", "w", "vals", "ord", "edge", "s", "verb", "o", "ov"]

    public init(rules: [ClaimRule] = ClaimCatalogue.rules) {
        var cueIndex: [String: Int] = [:]
        var cuePatterns: [CompiledPattern] = []
        var patterns: [CompiledPattern] = []
        for rule in rules {
            if let cue = rule.cue, cueIndex[cue] == nil {
                cueIndex[cue] = cuePatterns.count
                cuePatterns.append(CompiledPattern(cue))
            }
            patterns.append(CompiledPattern(rule.pattern, groups: Self.groupNames))
        }
        let needles = (patterns + cuePatterns).flatMap { $0.required.clauses.joined() }
        let scanner = LiteralScanner(needles: needles.map { Array($0.utf8) })
        self.scanner = scanner
        self.cues = cuePatterns.map { Cue(pattern: $0, condition: LiteralCondition($0.required, scanner: scanner)) }
        self.compiled = zip(rules, patterns).map { rule, pattern in
            CompiledRule(rule: rule, pattern: pattern, condition: LiteralCondition(pattern.required, scanner: scanner),
                         cue: rule.cue.flatMap { cueIndex[$0] })
        }
        self.conditional = CompiledPattern(Self.conditionalPattern)
        self.instructional = CompiledPattern(Self.instructionalPattern)
        self.doubting = CompiledPattern(Self.doubtingPattern)
        self.contrast = CompiledPattern(Self.contrastPattern)
        self.negationAtEnd = CompiledPattern(Self.negationAtEnd)
    }

    /// Rules whose pattern or cue does not compile (they match nothing); the catalogue's tests keep this empty.
    public var brokenRules: [String] {
        compiled.filter { entry in
            !(entry.cue.map { cues[$0].pattern.compiles } ?? true) || !entry.pattern.compiles
        }.map(\.rule.code)
    }

    private static let conditionalPattern = (#"\b(?:if|unless|were to|had we|had i)\b|^without\b|, without \{c|^with (?:the |that |this |a |an )?[^,]*? (?:removed|gone|deleted|taken out|instead|added|replaced)\b"#
        + #"|^had\b|\botherwise\b|\bwithout it\b|\binstead of (?:(?:through|via|using|calling|awaiting|the|a|an) )*\{c"#
        + #"|^(?:simply |just )?(?:deleting|removing|dropping|commenting out|taking out|leaving out|getting rid of|skipping|omitting|unwrapping|replacing|swapping|switching|changing|adding|inserting|moving) (?:the |that |this |its |an? |both |all )?(?:[\w-]+ )?\{c"#
        + #"|(?:^|: )(?:with|using) (?:only |just |a |an |the )?"# + ClaimCatalogue.variantCall
        + #"|^(?:simply |just )?"# + ClaimCatalogue.raising + #" (?:(?:the |its |our |that |this )[^,.]*? |\{c\d+=[^}]*\} )to (?:\d|\{d\d|one|two|three|four|five|six|seven|eight|nine|ten)\b"#
        + #"|^awaiting \{c[^}]*\} (?:before|after) |\b(?:can|could|may) (?:safely |simply |just |even |also )*be (?:removed|deleted|dropped|left out|omitted|commented out|taken out)\b"#)
    private static let doubtingPattern = #"^(?:but |and |so )?(?:don't|do not|never|you shouldn't|you should not|we shouldn't) (?:assume|believe|think|expect|imagine|suppose|conclude)\b"#
    private static let instructionalPattern = (
        #"^(?:to|in order to)\b|\b(?:you|we|one) (?:can |could |may |might )?(?:use|call|need|want|should|must|have to)\b|\b(?:can|could|may|might|should|how to|way to|want to|used to|able to|allows? you to|lets? you|helps? you|is used to|are used to)\s*$"#)

    /// The claims of one sentence. `context` is the code the surrounding prose is about: a sentence that says
    /// "it returns a coroutine" after one that began with `asyncio.gather()` is about `asyncio.gather()`.
    /// `antecedent` is the subject the previous sentence opened with (see `Antecedent`): what a run fact's
    /// leading "it" names. `hypothetical` says the sentence answers a "what if" question: like a conditional
    /// sentence, it states nothing about the snippet's own run.
    public func candidates(in sentence: Sentence, context: String? = nil, antecedent: String? = nil,
                           hypothetical: Bool = false) -> [ClaimCandidate] {
        candidates(in: sentence, mentions: MentionScanner.mentions(in: sentence), context: context, antecedent: antecedent,
                   hypothetical: hypothetical)
    }

    /// The same, with the sentence's mentions already found.
    public func candidates(in sentence: Sentence, mentions: [Mention], context: String? = nil,
                           antecedent: String? = nil, hypothetical: Bool = false) -> [ClaimCandidate] {
        let text = ClaimText(sentence: sentence, mentions: mentions)
        let own = Antecedent.opening(of: text)
        let normalized = text.normalized
        let isConditional = hypothetical || conditional.matches(normalized)
        let offsets = UTF16ToUTF8(normalized)
        let literals = scanner.scan(normalized)

        var plain: [Found] = []
        var conditions: [Found] = []
        var causes: [Found] = []
        let mayBeHypothetical = isConditional || Self.hasHypotheticalWord(normalized)
        var cueHeld = [Bool?](repeating: nil, count: cues.count)
        for entry in compiled where mayBeHypothetical || !entry.rule.template.onlyInConditions {
            guard entry.condition.holds(in: literals) else { continue }
            if let cue = entry.cue {
                let held = cueHeld[cue] ?? holds(cues[cue], in: normalized, literals: literals)
                cueHeld[cue] = held
                if !held { continue }
            }
            for match in entry.pattern.searched(normalized, offsets: offsets) {
                var found = Found(rule: entry.rule, match: match, text: text, context: context)
                found.antecedents = (previous: antecedent, own: own)
                switch entry.rule.template {
                case .condition, .needed: conditions.append(found)
                case .cause: causes.append(found)
                default: plain.append(found)
                }
            }
        }
        plain = plain.filter { !isInstructional($0) && !isContrasted($0, in: text) && !swallowsNegation($0) }
        if let doubted = doubtedClause(in: text) {
            plain = plain.filter { !doubted.contains($0.range.lowerBound) }
            conditions = conditions.filter { !doubted.contains($0.range.lowerBound) }
            causes = causes.filter { !doubted.contains($0.range.lowerBound) }
        }
        let isHypotheticalMatch = plain.map { isHypothetical($0, in: text) }
        let hypothetical = zip(plain, isHypotheticalMatch).filter { $0.1 }.map(\.0)
        plain = zip(plain, isHypotheticalMatch).filter { !$0.1 }.map(\.0)

        var result: [ClaimCandidate] = []
        if isConditional || !hypothetical.isEmpty {
            for condition in conditions {
                result += counterfactuals(of: condition, consequences: plain + hypothetical, in: text)
            }
            result += hypothetical.filter { isStatedFact($0) }.compactMap { $0.candidate(in: text) }
        }
        if isConditional {
            result += plain.filter { isStatedFact($0) }.compactMap { $0.candidate(in: text) }
        } else {
            result += plain.filter { !$0.needsVariant }.compactMap { $0.candidate(in: text) }
            result += conditions.compactMap { necessity(of: $0, in: text) }
            for cause in causes {
                let effects = plain.filter { $0.range.upperBound <= cause.range.lowerBound }
                for effect in effects {
                    guard let edit = cause.edit(in: text), let assertion = effect.assertion(in: text) else { continue }
                    result.append(ClaimCandidate(rule: cause.rule.code, kind: .cause,
                                                 assertion: .necessity(edit, assertion),
                                                 range: text.sentenceRange(of: effect.range.lowerBound..<cause.range.upperBound)))
                }
            }
        }
        return deduplicated(result)
    }

    private func holds(_ cue: Cue, in normalized: String, literals: LiteralSet) -> Bool {
        guard cue.condition.holds(in: literals) else { return false }
        return cue.pattern.found(in: normalized)
    }

    /// "Don't assume that …", "never believe …": the clause states what the sentence warns against, not a fact.
    private func doubtedClause(in text: ClaimText) -> Range<Int>? {
        guard let match = doubting.matches(in: text.normalized, offsets: UTF16ToUTF8(text.normalized)).first else {
            return nil
        }
        return text.clause(around: match.range)
    }

    /// Whether a word of the text, its letters and apostrophes kept, is one of `hypotheticalWords`: bytewise for
    /// ASCII text (where a character is a byte), by characters otherwise.
    private static func hasHypotheticalWord(_ normalized: String) -> Bool {
        let bytes = Array(normalized.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return normalized.split(separator: " ").contains {
                hypotheticalWords.contains(String($0.filter { $0.isLetter || $0 == "'" }))
            }
        }
        var word: [UInt8] = []
        for byte in bytes + [UInt8(ascii: " ")] {
            if byte == UInt8(ascii: " ") {
                if !word.isEmpty, hypotheticalWords.contains(String(decoding: word, as: UTF8.self)) { return true }
                word.removeAll(keepingCapacity: true)
            } else if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "'") {
                word.append(byte)
            }
        }
        return false
    }

    private static let hypotheticalWords: Set<String> = ["would", "could", "might", "should", "wouldn't", "couldn't", "would've", "we'd", "it'd", "you'd"]

    /// A claim in a clause with "would", "could", "might" or "should" is about some other run, not this one.
    private func isHypothetical(_ found: Found, in text: ClaimText) -> Bool {
        let clause = text.clause(around: found.range)
        let bytes = Array(text.normalized.utf8)
        let words = String(decoding: bytes[clause], as: UTF8.self).split(separator: " ")
        return words.contains { ["would", "could", "might", "should", "wouldn't", "couldn't"].contains($0) }
    }

    /// API facts hold whatever the sentence's mood: a probe decides them, not the snippet's run.
    private func isStatedFact(_ found: Found) -> Bool {
        if case .api = found.rule.template { return true }
        return false
    }

    /// A subject that gives instructions ("to run them concurrently, use…") or that makes the verb a noun
    /// ("it makes the overlap obvious") states no claim.
    private func isInstructional(_ found: Found) -> Bool {
        guard let subject = found.group("subj") else { return false }
        let words = subject.split(separator: " ").map(String.init)
        let lastWord = words.last ?? ""
        let causative = words.contains { ["allows", "allow", "lets", "let", "makes", "make", "enables", "enabling", "causes", "forces"].contains($0) }
        return instructional.matches(subject) || Self.determiners.contains(lastWord) || (lastWord == "to" && !causative)
    }

    /// A claim whose subject the sentence sets aside ("calling it directly instead of through `to_thread()`
    /// freezes the loop", "unlike `gather()`, …") is not about that subject.
    private func isContrasted(_ found: Found, in text: ClaimText) -> Bool {
        let bytes = Array(text.normalized.utf8)
        guard found.range.lowerBound <= bytes.count else { return false }
        let before = String(decoding: bytes[..<found.range.lowerBound], as: UTF8.self)
        return contrast.matches(before)
    }

    /// A subject that ends in a negation the rule's verb did not take ("they do not really | overlap"): the
    /// match would read the sentence the wrong way round.
    private func swallowsNegation(_ found: Found) -> Bool {
        guard let subject = found.group("subj") else { return false }
        return negationAtEnd.matches(subject)
    }

    private static let negationAtEnd = #"(?:\b(?:not|never|no longer|cannot|hardly)|n't)(?: (?:\w+ly|really|quite|even|always|at all|yet))* ?$"#

    private static let contrastPattern = #"\b(?:instead of|rather than|unlike|as opposed to|in place of|versus|vs\.?|compared (?:to|with))(?: (?:through|via|using|with|by|calling|awaiting|going through|the|a|an|plain))* ?$"#

    private static let determiners: Set<String> = ["the", "a", "an", "any", "no", "some", "of", "this", "that", "their", "its", "our"]

    private func counterfactuals(of condition: Found, consequences: [Found], in text: ClaimText) -> [ClaimCandidate] {
        guard let edit = condition.edit(in: text) else { return [] }
        if case .needed = condition.rule.template { return [] }
        let outside = consequences.filter {
            !isStatedFact($0) && ($0.range.upperBound > condition.range.upperBound || $0.range.upperBound <= condition.range.lowerBound)
        }
        return outside.compactMap { consequence in
            guard let assertion = consequence.assertion(in: text, excluding: condition.range) else { return nil }
            let lower = min(condition.range.lowerBound, consequence.range.lowerBound)
            let upper = max(condition.range.upperBound, consequence.range.upperBound)
            return ClaimCandidate(rule: condition.rule.code, kind: .counterfactual,
                                  assertion: .counterfactual(edit, assertion),
                                  range: text.sentenceRange(of: text.clause(around: lower..<upper)))
        }
    }

    private func necessity(of found: Found, in text: ClaimText) -> ClaimCandidate? {
        guard case .needed(_, let purpose) = found.rule.template, let edit = found.edit(in: text) else { return nil }
        let goal: Assertion
        switch purpose {
        case .starts(let group):
            guard let subject = found.subject(group, in: text) else { return nil }
            goal = .not(.neverStarts(subject))
        case .concurrency:
            goal = .concurrent([])
        }
        return ClaimCandidate(rule: found.rule.code, kind: .necessity, assertion: .necessity(edit, goal),
                              range: text.sentenceRange(of: text.clause(around: found.range)))
    }

    /// One claim per assertion, and one per kind and clause: two rules reading the same words agree.
    private func deduplicated(_ candidates: [ClaimCandidate]) -> [ClaimCandidate] {
        var seen: [ClaimCandidate] = []
        for candidate in candidates where !seen.contains(where: {
            $0.assertion == candidate.assertion || ($0.kind == candidate.kind && $0.range == candidate.range)
        }) {
            seen.append(candidate)
        }
        return seen.sorted { ($0.range.lowerBound, $0.rule) < ($1.range.lowerBound, $1.rule) }
    }
}

extension ClaimRule.Template {
    /// Conditions and outcomes of changed programs are read only in a conditional or hypothetical sentence.
    var onlyInConditions: Bool {
        switch self {
        case .condition, .outcome: return true
        default: return false
        }
    }
}

/// One rule's match in a sentence, with its groups as ranges of the normalized text.
private struct Found {
    let rule: ClaimRule
    let range: Range<Int>
    let groups: [String: Range<Int>]
    let normalized: [UInt8]
    let context: String?
    /// Mentions in this range name the condition of a counterfactual, not the consequence's subject.
    var excluded: Range<Int> = 0..<0
    /// What "it" names in a run fact: the previous sentence's opening subject (for an "it" that opens this
    /// sentence) and this sentence's own (for a later "it").
    var antecedents: (previous: String?, own: String?) = (nil, nil)

    init(rule: ClaimRule, match: CompiledPattern.Match, text: ClaimText, context: String?) {
        self.rule = rule
        self.context = context
        self.range = match.range
        self.groups = match.groups
        self.normalized = Array(text.normalized.utf8)
    }

    func group(_ name: String) -> String? {
        guard let range = groups[name] else { return nil }
        return String(decoding: normalized[range], as: UTF8.self)
    }

    /// "changes nothing", "would hang", "raises `X`" are read on a changed program: outside a condition they
    /// say nothing a run of the snippet decides (API facts about exceptions are the probes' business).
    var needsVariant: Bool {
        if case .outcome = rule.template { return true }
        return false
    }

    var negated: Bool {
        guard let text = group("neg") else { return false }
        return !text.isEmpty
    }

    /// The subject a group names: a mention token, a phrase, or (empty, or words for the whole run) the run.
    func subject(_ name: String, in text: ClaimText) -> Subject? {
        guard let range = groups[name].map(trimmed) else { return nil }
        if let index = text.mentionIndices(in: range).first(where: { !text.isDuration($0) }) { return .mention(index) }
        let phrase = String(decoding: normalized[range], as: UTF8.self).trimmingSpaces()
        return phrase.isEmpty ? .run : .phrase(phrase)
    }

    /// The subject of the verb a group ends before: in "X never appears and the program", the part after the
    /// last "and".
    func lastConjunct(_ name: String, in text: ClaimText) -> Subject? {
        guard let whole = groups[name] else { return nil }
        let range = trimmed(whole)
        let bytes = Array(normalized[range])
        let separator = Array(" and ".utf8)
        var cut = range.lowerBound
        var index = 0
        while index + separator.count <= bytes.count {
            if Array(bytes[index..<(index + separator.count)]) == separator { cut = range.lowerBound + index + separator.count }
            index += 1
        }
        var copy = self
        copy.excluded = whole.lowerBound..<max(cut, range.lowerBound)
        return copy.subject(name, in: text)
    }

    /// Every mention in a subject group, or the group as one subject.
    func subjects(_ name: String, in text: ClaimText) -> [Subject] {
        guard let range = groups[name].map(trimmed) else { return [] }
        let indices = text.mentionIndices(in: range).filter { !text.isDuration($0) }
        if !indices.isEmpty { return indices.map { .mention($0) } }
        return subject(name, in: text).map { [$0] } ?? []
    }

    /// A group's range less the excluded part before it.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        guard !excluded.isEmpty, range.overlaps(excluded), range.upperBound > excluded.upperBound else { return range }
        return max(range.lowerBound, excluded.upperBound)..<range.upperBound
    }

    func assertion(in text: ClaimText, excluding condition: Range<Int>) -> Assertion? {
        var copy = self
        copy.excluded = condition
        return copy.assertion(in: text)
    }

    func assertion(in text: ClaimText) -> Assertion? {
        let base: Assertion?
        switch rule.template {
        case .printedBefore(let first, let second):
            guard let a = subject(first, in: text), let b = subject(second, in: text) else { return nil }
            base = .printedBefore(a, b)
        case .printedFirst(let group):
            base = subject(group, in: text).map { .printedFirst($0) }
        case .printedLast(let group):
            base = subject(group, in: text).map { .printedLast($0) }
        case .comesFirst(let group):
            base = subject(group, in: text).map { .comesFirst($0) }
        case .comesLast(let group):
            base = subject(group, in: text).map { .comesLast($0) }
        case .shows(let group):
            base = subject(group, in: text).map { .shows($0) }
        case .printed(let group):
            base = subject(group, in: text).map { .printed($0) }
        case .printedAt(let group, let durationGroup):
            guard let a = subject(group, in: text), let d = duration(durationGroup, in: text) else { return nil }
            base = .printedAt(a, d)
        case .notPrinted(let group):
            return subject(group, in: text).map { .not(.printed($0)) }
        case .lasts(let subjectGroup, let durationGroup):
            guard let subject = lastConjunct(subjectGroup, in: text), let duration = duration(durationGroup, in: text) else { return nil }
            base = .lasts(subject, duration)
        case .takesNoTime(let subjectGroup):
            guard let subject = lastConjunct(subjectGroup, in: text) else { return nil }
            base = .lasts(subject, StatedDuration(seconds: 0, hedged: false, halfLastDigit: 0.05))
        case .concurrent(let group):
            base = .concurrent(subjects(group, in: text))
        case .sequential(let group):
            base = .sequential(subjects(group, in: text))
        case .startsAfterEnd(let later, let earlier):
            guard let a = subject(later, in: text), let b = subject(earlier, in: text) else { return nil }
            base = .startsAfterEnd(later: a, earlier: b)
        case .blocksLoop(let group):
            base = subject(group, in: text).map { .blocksLoop($0) }
        case .yieldsToOthers(let group):
            base = subject(group, in: text).map { .not(.blocksLoop($0)) }
        case .startsImmediately(let group):
            base = subject(group, in: text).map { .startsImmediately($0) }
        case .endsCancelled(let group):
            base = subject(group, in: text).map { .endsCancelled($0) }
        case .neverStarts(let group):
            base = subject(group, in: text).map { .neverStarts($0) }
        case .keepsRunning(let group):
            base = subject(group, in: text).map { .keepsRunning($0) }
        case .api(let template):
            return apiAssertion(template, in: text)
        case .run(let template):
            base = template.fact(text: { resolvedText($0, in: text) }, subject: { subject($0, in: text) },
                                 duration: { duration($0, in: text) }, literals: { literals($0, in: text) }).map { .run($0) }
        case .outcome(let template):
            switch template {
            case .unchanged(let aspect): base = .outcome(.unchanged(aspect))
            case .hangs: base = .outcome(.hangs)
            case .raises(let group): base = subject(group, in: text).map { .outcome(.raises($0)) }
            case .timeChanged(let group, let shorter): base = duration(group, in: text).map { .outcome(.timeChanged(by: $0, shorter: shorter)) }
            }
        case .variantLasts(let callGroup, let durationGroup):
            guard let call = subject(callGroup, in: text), let stated = duration(durationGroup, in: text) else { return nil }
            base = .counterfactual(.rewrite(.substituteCall(call, sameMeansSnippet: true)), .lasts(.run, stated))
        case .condition, .needed, .cause:
            return nil
        }
        guard let assertion = base else { return nil }
        return negated ? .not(assertion) : assertion
    }

    private func apiAssertion(_ template: ClaimRule.ApiTemplate, in text: ClaimText) -> Assertion? {
        let fact: ApiFact
        var negate = negated
        switch template {
        case .returns(let function, let nature):
            guard let name = literal(function, in: text), let natureText = group(nature),
                  let kind = ObjectNature(rawValue: natureText) else { return nil }
            fact = .returns(function: name, nature: kind)
        case .subclass(let sub, let base):
            guard let a = literal(sub, in: text), let b = literal(base, in: text) else { return nil }
            fact = .subclass(sub: a, base: b)
        case .alias(let alias, let target):
            guard let a = literal(alias, in: text), let b = literal(target, in: text) else { return nil }
            fact = .alias(alias: a, target: b)
        case .futureStates:
            let states = text.mentions.compactMap { mention -> String? in
                guard case .code(let literal) = mention.kind else { return nil }
                return literal.allSatisfy({ $0.isUppercase || $0 == "_" }) ? literal : nil
            }
            fact = .futureStates(states)
        case .oneLoopPerThread:
            fact = .oneLoopPerThread
        case .sleepZeroYields(let neg):
            fact = .sleepZeroYields
            negate = negate != neg
        case .runCreatesAndClosesLoop:
            fact = .runCreatesAndClosesLoop
        case .runCancelsPendingTasks(let neg):
            fact = .runCancelsPendingTasks
            negate = negate != neg
        case .bareCallRunsNothing:
            fact = .bareCoroutineCallRunsNothing
        case .behaviour(let family, let key, let expected):
            let value = expected.hasPrefix("$") ? group(String(expected.dropFirst())) : expected
            guard let value else { return nil }
            fact = .behaviour(family: family, key: key, expected: value)
        }
        return negate ? .not(.api(fact)) : .api(fact)
    }

    /// A group's text: the literal of the first mention in it, or its words.
    private func groupText(_ name: String, in text: ClaimText) -> String? {
        guard let range = groups[name] else { return nil }
        if let index = text.mentionIndices(in: range).first, index < text.mentions.count, let literal = text.mentions[index].literal {
            return literal
        }
        return group(name)?.trimmingSpaces()
    }

    /// A group's text, with a pronoun replaced by what it names (see `antecedents`), when that is known.
    private func resolvedText(_ name: String, in text: ClaimText) -> String? {
        guard let words = groupText(name, in: text), Antecedent.pronouns.contains(words), let range = groups[name] else {
            return groupText(name, in: text)
        }
        return (range.lowerBound == 0 ? antecedents.previous : antecedents.own) ?? words
    }

    /// The literals of every mention in a group, in order.
    private func literals(_ name: String, in text: ClaimText) -> [String] {
        guard let range = groups[name] else { return [] }
        return text.mentionIndices(in: range).compactMap { index in
            index < text.mentions.count && !text.isDuration(index) ? text.mentions[index].literal : nil
        }
    }

    /// The literal of the code mention a group holds.
    private func literal(_ name: String, in text: ClaimText) -> String? {
        if group(name) == "it" { return context }
        guard let range = groups[name], let index = text.mentionIndices(in: range).first, index < text.mentions.count,
              case .code(let literal) = text.mentions[index].kind else { return nil }
        return literal
    }

    private func duration(_ name: String, in text: ClaimText) -> StatedDuration? {
        guard let range = groups[name], let index = text.mentionIndices(in: range).first, index < text.mentions.count,
              case .duration(let duration) = text.mentions[index].kind else { return nil }
        return duration
    }

    func edit(in text: ClaimText) -> SnippetEdit? {
        let template: ClaimRule.EditTemplate
        switch rule.template {
        case .condition(let edit), .needed(let edit, _), .cause(let edit): template = edit
        default: return nil
        }
        switch template {
        case .moveAwaitBefore(let moved, let anchor):
            guard let a = subject(moved, in: text), let b = subject(anchor, in: text) else { return nil }
            return .moveAwaitBefore(moved: a, anchor: b)
        case .awaitRightAfterCreation(let group):
            return subject(group, in: text).map { .awaitRightAfterCreation($0) }
        case .remove(let group):
            return subject(group, in: text).map { .remove($0) }
        case .removeAwait(let group):
            return subject(group, in: text).map { .removeAwait($0) }
        case .awaitDirectly:
            return .awaitDirectly(.run)
        case .swapSleep(let toAsync):
            return .swapSleep(toAsync: toAsync)
        case .rewrite(let template):
            return template.rewrite(subject: { subject($0, in: text) }, text: group, duration: { duration($0, in: text) })
                .map { .rewrite($0) }
        }
    }

    func candidate(in text: ClaimText) -> ClaimCandidate? {
        guard let assertion = assertion(in: text) else { return nil }
        return ClaimCandidate(rule: rule.code, kind: rule.kind, assertion: assertion,
                              range: text.sentenceRange(of: text.clause(around: range)))
    }
}

extension ClaimText {
    /// A stated duration in a subject phrase ("the jobs of 1 s") qualifies it; it is not what the phrase names.
    func isDuration(_ index: Int) -> Bool {
        guard index >= 0, index < mentions.count, case .duration = mentions[index].kind else { return false }
        return true
    }

    /// The clause around a range of `normalized`: out to the nearest `,` `;` `:` `.` or sentence edge, never
    /// stopping inside a mention's token.
    func clause(around range: Range<Int>) -> Range<Int> {
        let bytes = Array(normalized.utf8)
        var insideToken = [Bool](repeating: false, count: bytes.count)
        var depth = 0
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "{") { depth += 1 }
            insideToken[index] = depth > 0
            if byte == UInt8(ascii: "}") { depth = max(0, depth - 1) }
        }
        // A table's cells are clauses too: a row's claim covers its own row.
        let boundaries: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "|")]
        func isBoundary(_ index: Int, allowingPeriod: Bool) -> Bool {
            guard !insideToken[index] else { return false }
            return boundaries.contains(bytes[index]) || (allowingPeriod && bytes[index] == UInt8(ascii: "."))
        }
        var lower = min(max(range.lowerBound, 0), bytes.count)
        while lower > 0, !isBoundary(lower - 1, allowingPeriod: false) { lower -= 1 }
        while lower < bytes.count, bytes[lower] == UInt8(ascii: " ") { lower += 1 }
        var upper = min(max(range.upperBound, lower), bytes.count)
        while upper < bytes.count, !isBoundary(upper, allowingPeriod: true) { upper += 1 }
        return lower..<upper
    }
}
