/// Durations of several runs of one subject ("the seven jobs take about 2 s", "each fetch takes 1 s").
extension RunQueries {
    /// Words that single one run out of several ("the first fetch", "the slowest job"): no group reading then.
    private static let singling: Set<String> = [
        "first", "second", "third", "last", "final", "slowest", "fastest", "longest", "shortest", "quickest", "one",
        "single", "other", "another", "latter", "former", "earliest", "latest",
    ]
    private static let distributive: Set<String> = ["each", "every", "apiece"]

    /// A plural phrase takes a stated time together (first start to last end) or each; "each" asks for every run
    /// alone. The claim fails only when no reading matches, not even one run alone (unless the phrase counts
    /// the runs, "the seven jobs", and so means all of them).
    func groupLasts(_ spans: [Binder.Activity], phrase: String, _ duration: StatedDuration) -> Truth {
        let words = phrase.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
        guard !words.contains(where: Self.singling.contains) else {
            return .unknown("the subject of the duration matches \(spans.count) spans of the run and the sentence singles one out")
        }
        let lengths = spans.map { $0.end.seconds - $0.start.seconds }
        let each = lengths.map { formatSeconds($0) }.joined(separator: ", ")
        let eachMatches = lengths.allSatisfy { duration.matches($0) }
        if words.contains(where: Self.distributive.contains) {
            return .from(eachMatches, "in \(label), the \(spans.count) runs of \(spans[0].label) take \(each); the sentence says \(duration.described) each")
        }
        let plural = words.enumerated().contains { index, word in
            ((NounBinding.count(of: word) ?? 0) >= 2 && index + 1 < words.count) || word == "both" || word == "all"
                || (word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3)
        }
        guard plural else {
            return .unknown("the subject of the duration matches \(spans.count) spans of the run, not one")
        }
        let start = spans.map(\.start.seconds).min() ?? 0
        let end = spans.map(\.end.seconds).max() ?? 0
        let together = "in \(label), the \(spans.count) runs of \(spans[0].label) go from \(formatSeconds(start)) to \(formatSeconds(end)) (\(formatSeconds(end - start)) together) and take \(each) each; the sentence says \(duration.described)"
        if duration.matches(end - start) || eachMatches { return .holds(together) }
        let counted = NounBinding.countedNoun(words).map { $0.0 == spans.count } ?? false
        if !counted, lengths.contains(where: { duration.matches($0) }) {
            return .unknown("\(together); one run alone matches, and the sentence may mean that one")
        }
        return .fails(together)
    }
}
