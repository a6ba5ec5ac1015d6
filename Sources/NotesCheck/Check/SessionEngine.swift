/// The engine: plans each python fence's run by the session rules, runs it on the model (through a cache keyed
/// by the session's code), compares stated outputs, and decides every claim the catalogue recognises.
public final class SessionEngine: CheckEngine {
    let runner: FenceRunner
    let cache: RunCache
    let extractor: ClaimExtractor
    /// What each variant's code says about names, read once however many claims run that variant.
    private var variantFacts: [PlannedRun: SnippetFacts] = [:]

    public init(runner: FenceRunner, cache: RunCache = RunCache(), extractor: ClaimExtractor = ClaimExtractor()) {
        self.runner = runner
        self.cache = cache
        self.extractor = extractor
    }

    public func check(_ document: Document, fileName: String) -> EngineResult {
        let fences = document.fences.filter { SnippetRule.isSnippet($0) && !TranscriptCheck.isTranscript($0) }
        let codes = fences.map { FenceCode(source: $0.content, firstLine: firstContentLine(of: $0, in: document)) }
        var claims: [ClaimResult] = []
        var diagnostics: [Diagnostic] = []
        let directives = readDirectives(document, fences: fences, diagnostics: &diagnostics)
        let plans = plan(codes, directives: directives)
        let skippedRun = FenceRun(status: .skipped, stdout: [], virtualSeconds: nil, exception: nil, tasks: [], record: RunRecord(completed: false))
        let runs = plans.map { $0.map { cache.run($0, fileName: fileName, on: runner) } ?? skippedRun }
        let snippets = fences.indices.map { index in
            SnippetResult(fence: fences[index], status: runs[index].status, entry: plans[index]?.entry ?? .none,
                          stdout: runs[index].stdout, virtualSeconds: runs[index].virtualSeconds,
                          exception: runs[index].exception, tasks: runs[index].tasks)
        }
        for (index, list) in directives.enumerated() {
            for directive in list {
                guard case .expectSeconds(let duration) = directive.command else { continue }
                claims.append(expectedSeconds(duration, run: runs[index], range: directive.range, document: document,
                                              label: describe(fences[index], in: document), diagnostics: &diagnostics))
            }
        }

        for expected in ExpectedOutputFinder.find(in: document, snippets: fences) {
            guard expected.snippetIndex < runs.count else { continue }
            let (claim, diagnostic) = outputClaim(expected, run: runs[expected.snippetIndex], code: codes[expected.snippetIndex],
                                                  document: document)
            claims.append(claim)
            if let diagnostic { diagnostics.append(diagnostic) }
        }

        let context = SnippetContext(plans: plans, runs: runs, codes: codes, labels: fences.map { describe($0, in: document) },
                                     fileName: fileName)
        let extraction = extractor.claims(in: document, snippetStarts: fences.map(\.range.lowerBound), sessionCode: context.sessionCode)
        for claim in extraction.claims {
            let verdict = decide(claim, in: context)
            claims.append(ClaimResult(range: claim.range, text: claim.text, kind: claim.candidate.kind,
                                      verdict: verdict.outcome, evidence: verdict.evidence))
            if verdict.outcome == .contradicted {
                diagnostics.append(Diagnostic(code: "claim-contradicted", severity: .error,
                                              message: "\(kindPhrase(claim.candidate.kind)) is contradicted: \(verdict.evidence)",
                                              range: claim.range))
            }
        }
        diagnostics += snippetDiagnostics(snippets)
        let transcripts = TranscriptCheck.checkAll(document) { ModelTranscriptRunner(fileName: fileName) }
        claims += transcripts.flatMap(\.claims)
        diagnostics += transcripts.flatMap(\.diagnostics)
        let allSnippets = (snippets + transcripts.map(\.snippet)).sorted { $0.fence.range.lowerBound < $1.fence.range.lowerBound }
        claims.sort { $0.range.lowerBound < $1.range.lowerBound }
        diagnostics.sort { $0.range.lowerBound < $1.range.lowerBound }
        return EngineResult(snippets: allSnippets, claims: claims, diagnostics: diagnostics, sentenceCount: extraction.sentences)
    }

    // MARK: directives and plans

    /// The directives written before each fence (after the previous one); unreadable ones become warnings.
    private func readDirectives(_ document: Document, fences: [FencedCode], diagnostics: inout [Diagnostic]) -> [[Directive]] {
        var result = Array(repeating: [Directive](), count: fences.count)
        for comment in document.htmlComments {
            guard let parsed = Directive.parse(comment) else { continue }
            switch parsed {
            case .failure(let error):
                diagnostics.append(Diagnostic(code: "directive-invalid", severity: .warning, message: error.message, range: error.range))
            case .success(let directive):
                if let index = fences.firstIndex(where: { $0.range.lowerBound >= comment.range.upperBound }) {
                    result[index].append(directive)
                } else {
                    diagnostics.append(Diagnostic(code: "directive-unused", severity: .warning,
                                                  message: "no python fence follows this directive", range: comment.range))
                }
            }
        }
        return result
    }

    /// The session rules, by session (a `new-session` directive starts one), without skipped fences; a fence
    /// with an `entry` directive runs that statement after its code.
    private func plan(_ codes: [FenceCode], directives: [[Directive]]) -> [PlannedRun?] {
        var plans = [PlannedRun?](repeating: nil, count: codes.count)
        var session: [Int] = []
        func flush() {
            for (index, plan) in zip(session, SessionPlanner.plan(session.map { codes[$0] })) { plans[index] = plan }
            session = []
        }
        for index in codes.indices {
            let commands = directives[index].map(\.command)
            if commands.contains(.newSession) { flush() }
            if commands.contains(.skip) { continue }
            session.append(index)
        }
        flush()
        for index in codes.indices {
            for case .entry(let statement) in directives[index].map(\.command) {
                guard var plan = plans[index] else { continue }
                plan.entry = .own
                plan.implicitMain = false
                plan.rerun = PlannedRun.EntryStatement(code: FenceCode(source: statement, firstLine: codes[index].firstLine), index: 0)
                plans[index] = plan
            }
        }
        return plans
    }

    private func expectedSeconds(_ duration: StatedDuration, run: FenceRun, range: Range<ByteOffset>, document: Document,
                                 label: String, diagnostics: inout [Diagnostic]) -> ClaimResult {
        let text = document.source.slice(range)
        guard run.status == .ran, let seconds = run.virtualSeconds else {
            return ClaimResult(range: range, text: text, kind: .duration, verdict: .unverifiable,
                               evidence: "\(label) did not run an event loop to its end")
        }
        let evidence = "\(label) takes \(formatSeconds(seconds)) of virtual time; the directive says \(duration.described)"
        if duration.matches(seconds) {
            return ClaimResult(range: range, text: text, kind: .duration, verdict: .confirmed, evidence: evidence)
        }
        diagnostics.append(Diagnostic(code: "claim-contradicted", severity: .error, message: "the expected time is contradicted by the run: \(evidence)",
                                      range: range))
        return ClaimResult(range: range, text: text, kind: .duration, verdict: .contradicted, evidence: evidence)
    }

    private func firstContentLine(of fence: FencedCode, in document: Document) -> Int {
        let table = document.source.lineTable
        if let first = fence.lines.first { return table.location(of: first.range.lowerBound).line }
        return table.location(of: fence.range.lowerBound).line + 1
    }

    private func kindPhrase(_ kind: ClaimKind) -> String {
        switch kind {
        case .concurrency: return "this claim of concurrency"
        case .sequential: return "this claim that things run one after another"
        case .ordering: return "this claim about order"
        case .duration: return "this claim about time"
        case .counterfactual: return "this counterfactual"
        case .necessity: return "this claim of necessity"
        case .cause: return "this claim of cause"
        case .lifecycle: return "this claim about a task's life"
        case .api: return "this claim about asyncio's API"
        case .output: return "this claim about output"
        }
    }

    // MARK: claims

    /// The verdict on the snippet before the sentence; when a snippet follows the sentence's block directly, the
    /// sentence may be about that one instead, so the two must agree (or the previous one must be missing).
    private func decide(_ claim: ExtractedClaim, in context: SnippetContext) -> Verdict {
        let before = decide(claim, on: claim.snippetIndex, in: context)
        guard let next = claim.nextSnippetIndex, next != claim.snippetIndex else { return before }
        let after = decide(claim, on: next, in: context)
        guard before.outcome != .unverifiable else { return after }
        if after.outcome == .unverifiable || after.outcome == before.outcome { return before }
        return Verdict(.unverifiable, "the sentence stands between two snippets that disagree: \(before.evidence); but \(after.evidence)")
    }

    private func decide(_ claim: ExtractedClaim, on index: Int?, in context: SnippetContext) -> Verdict {
        let run = index.map { context.runs[$0] }
        let facts = index.map { context.facts[$0] }
        let label = index.map { context.labels[$0] } ?? "no snippet"
        let printed = Set(run?.stdout ?? [])
        let foreign = claim.foreignCode.filter { code in !printed.contains { $0.contains(code) } }
        if isAboutWholeRun(claim.candidate.assertion), let first = foreign.first {
            return Verdict(.unverifiable, "the sentence is about `\(first)`, which \(label) does not use")
        }
        let source = SessionEvidence(engine: self, plan: index.flatMap { context.plans[$0] }, fileName: context.fileName)
        let verifier = Verifier(run: run.map { $0.status == .ran ? $0.record : incomplete($0.record) },
                                facts: facts, runLabel: label, source: source, snippetOrdinal: index.map { $0 + 1 })
        return verifier.verdict(for: claim.candidate.assertion, mentions: claim.mentions)
    }

    private func incomplete(_ record: RunRecord) -> RunRecord {
        var copy = record
        copy.completed = false
        return copy
    }

    /// Claims whose subject is the run as a whole can only be about the snippet when the sentence names no
    /// other code.
    private func isAboutWholeRun(_ assertion: Assertion) -> Bool {
        switch assertion {
        case .concurrent(let subjects), .sequential(let subjects):
            return subjects.allSatisfy { if case .mention = $0 { return false } else { return true } }
        case .lasts(let subject, _):
            if case .mention = subject { return false }
            return true
        case .not(let inner):
            return isAboutWholeRun(inner)
        default:
            return false
        }
    }

    func describe(_ fence: FencedCode, in document: Document) -> String {
        let table = document.source.lineTable
        let start = table.location(of: fence.range.lowerBound).line
        let end = table.location(of: max(fence.range.lowerBound, fence.range.upperBound - 1)).line
        return "the snippet at lines \(start)-\(end)"
    }

    /// A variant or probe run: the plan's own code replaced, the rest of the session kept.
    func runVariant(of plan: PlannedRun, code: String, fileName: String) -> FenceRun {
        var variant = plan
        variant.own = FenceCode(source: code, firstLine: plan.own.firstLine)
        return cache.run(variant, fileName: fileName, on: runner)
    }

    /// The facts of a variant's code, with the definitions of the fences its session replays.
    func facts(ofVariant variant: PlannedRun, firstLine: Int) -> SnippetFacts {
        if let known = variantFacts[variant] { return known }
        let facts = SnippetFacts(code: variant.own.source, firstLine: firstLine,
                                 definitions: variant.prelude.map(\.code.source).joined(separator: "\n"))
        variantFacts[variant] = facts
        return facts
    }

    func runProbe(_ program: String) -> FenceRun {
        let plan = PlannedRun(entry: .own, prelude: [], own: FenceCode(source: program, firstLine: 1), rerun: nil,
                              implicitMain: false, syntaxError: nil)
        return cache.run(plan, fileName: "probe.py", on: runner)
    }

    // MARK: outputs

    private func outputClaim(_ expected: ExpectedOutput, run: FenceRun, code: FenceCode, document: Document) -> (ClaimResult, Diagnostic?) {
        let range = expected.introduction.map { $0.lowerBound..<expected.range.upperBound } ?? expected.range
        let text = document.source.slice(expected.introduction ?? expected.range)
        guard run.status == .ran else {
            let claim = ClaimResult(range: range, text: text, kind: .output, verdict: .unverifiable,
                                    evidence: "the snippet did not run to its end (\(run.status.rawValue))")
            return (claim, nil)
        }
        switch OutputComparison.compare(expected, printed: run.stdout, stderr: run.record.stderr, code: code.source) {
        case .matches:
            return (ClaimResult(range: range, text: text, kind: .output, verdict: .confirmed,
                                evidence: "the run prints exactly the stated lines"), nil)
        case .unverifiable(let why):
            return (ClaimResult(range: range, text: text, kind: .output, verdict: .unverifiable, evidence: why), nil)
        case .differs(let why, let line):
            let shown = TerminalOutput.showsTraceback(expected.lines) ? TerminalOutput.lines(stdout: run.stdout, stderr: run.record.stderr) : run.stdout
            let fix = fixForOutput(expected, printed: shown, document: document)
            let place = line.flatMap { $0 < expected.lineRanges.count ? expected.lineRanges[$0] : nil } ?? expected.range
            let diagnostic = Diagnostic(code: "output-mismatch", severity: .error,
                                        message: "the stated output does not match the run: \(why)", range: place, fix: fix)
            return (ClaimResult(range: range, text: text, kind: .output, verdict: .contradicted, evidence: why), diagnostic)
        }
    }

    /// For an output fence, the run's output is the right text (what the terminal shows, when the stated output
    /// shows a traceback).
    private func fixForOutput(_ expected: ExpectedOutput, printed: [String], document: Document) -> Fix? {
        guard expected.form == .outputFence || expected.form == .outputParagraph,
              let fence = document.fences.first(where: { $0.range == expected.range }), fence.isClosed else { return nil }
        let replacement = printed.map { $0 + "\n" }.joined()
        return Fix(message: "replace the stated output with what the run prints",
                   edits: [TextEdit(range: fence.contentRange, replacement: replacement)], applicability: .unsafe)
    }

    // MARK: snippets

    private func snippetDiagnostics(_ snippets: [SnippetResult]) -> [Diagnostic] {
        snippets.compactMap { snippet in
            let reason = snippet.exception ?? ""
            switch snippet.status {
            case .unsupported:
                return Diagnostic(code: "snippet-unsupported", severity: .warning,
                                  message: "this snippet was not run: \(reason)", range: snippet.fence.range)
            case .budget:
                return Diagnostic(code: "snippet-budget", severity: .warning,
                                  message: "this snippet was stopped: \(reason)", range: snippet.fence.range)
            case .fragment:
                return Diagnostic(code: "snippet-fragment", severity: .information,
                                  message: "this snippet cannot run on its own: \(reason)", range: snippet.fence.range)
            case .error:
                return Diagnostic(code: "checker-error", severity: .error,
                                  message: "notescheck failed on this snippet (a bug of ours): \(reason)", range: snippet.fence.range)
            case .ran, .skipped:
                return nil
            }
        }
    }
}

/// Variant runs and probes for the verifier, on the engine's runner and cache.
struct SessionEvidence: EvidenceSource {
    let engine: SessionEngine
    let plan: PlannedRun?
    let fileName: String

    func variant(_ edit: CodeEdit) -> (RunRecord, SnippetFacts)? {
        guard let plan, let edited = plan.edited(edit) else { return nil }
        let run = engine.runVariant(of: edited, code: edited.own.source, fileName: fileName)
        guard run.status == .ran || run.status == .budget else { return nil }
        var record = run.record
        record.stalled = run.status == .budget
        return (record, engine.facts(ofVariant: edited, firstLine: plan.own.firstLine))
    }

    func probe(_ fact: ApiFact) -> ProbeAnswer? {
        guard let program = ApiProbes.probe(for: fact)?.program else { return nil }
        let run = engine.runProbe(program)
        guard run.status == .ran, run.exception == nil else { return nil }
        return ApiProbes.answer(fact, output: run.stdout)
    }
}

/// What the engine knows of a file's snippets, index by index, computed once for all the claims it decides.
struct SnippetContext {
    let plans: [PlannedRun?]
    let runs: [FenceRun]
    let labels: [String]
    let fileName: String
    /// What each snippet's code says about names (its own code, with the definitions of the fences it replays).
    let facts: [SnippetFacts]
    /// The code of each snippet's session: the fences it replays, its own code and the entry point it re-runs.
    let sessionCode: [String]

    init(plans: [PlannedRun?], runs: [FenceRun], codes: [FenceCode], labels: [String], fileName: String) {
        self.plans = plans
        self.runs = runs
        self.labels = labels
        self.fileName = fileName
        facts = zip(codes, plans).map { code, plan in
            SnippetFacts(code: code.source, firstLine: code.firstLine,
                         definitions: (plan?.prelude ?? []).map(\.code.source).joined(separator: "\n"))
        }
        sessionCode = zip(codes, plans).map { code, plan in
            ((plan?.prelude.map(\.code.source) ?? []) + [code.source, plan?.rerun?.code.source ?? ""]).joined(separator: "\n")
        }
    }
}
