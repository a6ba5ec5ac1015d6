/// Decides what a sentence says about a run as a whole: the same as the snippet's own run, never finishing,
/// ending with an exception.
struct VariantOutcomes {
    let run: RunRecord?
    let facts: SnippetFacts?
    let label: String
    /// The snippet's own run when `run` is a variant of it; `nil` when the sentence is about the run itself.
    let baseline: RunRecord?
    let mentions: [Mention]

    func truth(of outcome: VariantOutcome) -> Truth {
        guard let run else { return .unknown("no snippet runs before this sentence") }
        switch outcome {
        case .hangs:
            if run.stalled { return .holds("\(label) never finishes: \(run.exception ?? "it was stopped")") }
            guard run.completed else { return .unknown("\(label) did not run to its end") }
            return .fails("\(label) finishes at \(formatSeconds(run.virtualSeconds ?? 0))\(run.exception.map { " with \($0)" } ?? "")")
        case .unchanged(let aspect):
            guard let baseline else { return .unknown("only a changed program can be compared with the snippet's run") }
            return unchanged(aspect, variant: run, original: baseline)
        case .timeChanged(let duration, let shorter):
            guard let baseline else { return .unknown("only a changed program can be compared with the snippet's run") }
            guard run.completed, baseline.completed, let after = run.virtualSeconds, let before = baseline.virtualSeconds else {
                return .unknown("\(label) did not run to its end")
            }
            let change = shorter ? before - after : after - before
            return .from(duration.matches(change),
                         "\(label) takes \(formatSeconds(after)) instead of \(formatSeconds(before)); the sentence says \(duration.described) \(shorter ? "less" : "more")")
        case .raises(let subject):
            guard case .mention(let index) = subject, index < mentions.count, let literal = mentions[index].literal else {
                return .unknown("the sentence does not name the exception")
            }
            return raises(literal, run: run)
        }
    }

    private func unchanged(_ aspect: RunAspect, variant: RunRecord, original: RunRecord) -> Truth {
        guard variant.completed, original.completed else { return .unknown("\(label) did not run to its end") }
        var differences: [String] = []
        if aspect != .timing {
            let before = original.lines.map(\.text)
            let after = variant.lines.map(\.text)
            if before != after {
                let index = before.indices.first { $0 < after.count && before[$0] != after[$0] } ?? min(before.count, after.count)
                let was = index < before.count ? "“\(before[index])”" : "nothing"
                let now = index < after.count ? "“\(after[index])”" : "nothing"
                differences.append("output line \(index + 1) is \(now) instead of \(was)")
            }
            if original.exception != variant.exception {
                differences.append("it ends with \(variant.exception ?? "no exception") instead of \(original.exception ?? "no exception")")
            }
        }
        if aspect != .output, let before = original.virtualSeconds, let after = variant.virtualSeconds, abs(before - after) > 1e-6 {
            differences.append("it takes \(formatSeconds(after)) instead of \(formatSeconds(before))")
        }
        guard differences.isEmpty else { return .fails("in \(label), " + differences.joined(separator: "; ")) }
        let what = aspect == .output ? "the same output" : aspect == .timing ? "the same time" : "the same output in the same time"
        return .holds("\(label) gives \(what) (\(variant.lines.count) lines, \(formatSeconds(variant.virtualSeconds ?? 0)))")
    }

    /// The exception type a run ended with must be the named one; a run that ends normally fails only when the
    /// code catches nothing (a caught exception may have been the one meant).
    private func raises(_ literal: String, run: RunRecord) -> Truth {
        // `ValueError`, `asyncio.CancelledError()`, `ValueError: boom`: the class's own name.
        let qualified = literal.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        let name = qualified.split(separator: ".").last.map(String.init) ?? literal
        if let exception = run.exception {
            let type = exception.split(separator: ":").first.flatMap { $0.split(separator: ".").last }.map(String.init) ?? ""
            return .from(type == name, "\(label) ends with \(exception)")
        }
        guard run.completed, baseline != nil else { return .unknown("\(label) did not run to its end") }
        let catches = facts?.lines.contains { $0.text.contains("except") } ?? true
        if catches || run.lines.contains(where: { $0.text.contains(name) }) {
            return .unknown("\(label) ends normally, but its code catches exceptions")
        }
        return .fails("\(label) ends normally at \(formatSeconds(run.virtualSeconds ?? 0)) without raising")
    }

    /// A run that never finishes does not last any stated time.
    static func neverFinishes(_ assertion: Assertion, run: RunRecord, label: String) -> Truth? {
        guard run.stalled, case .lasts(let subject, let duration) = assertion else { return nil }
        if case .mention = subject { return nil }
        return .fails("\(label) never finishes (\(run.exception ?? "stopped")), so it does not take \(duration.described)")
    }

    /// A variant that fails where the snippet did not was most likely broken by the edit itself (a name the edit
    /// took away): its other consequences cannot be read from it.
    /// A name or syntax error is the edit's doing whatever the sentence says.
    static func brokenByEdit(_ variant: RunRecord, original: RunRecord, consequence: Assertion, label: String) -> Truth? {
        guard let exception = variant.exception, original.exception == nil, !variant.stalled else { return nil }
        let type = exception.split(separator: ":").first.map(String.init) ?? exception
        let editError = ["NameError", "UnboundLocalError", "SyntaxError", "IndentationError"].contains(type)
        guard editError || !isAboutOutcome(consequence) else { return nil }
        return .unknown("\(label) ends with \(exception)")
    }

    private static func isAboutOutcome(_ assertion: Assertion) -> Bool {
        switch assertion {
        case .outcome: return true
        case .not(let inner): return isAboutOutcome(inner)
        default: return false
        }
    }
}
