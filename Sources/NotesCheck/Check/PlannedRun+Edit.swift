extension PlannedRun {
    /// The run with `edit` applied: to the fence's own code when it applies there, else to the one earlier fence
    /// it replays that it applies to (a function defined in an earlier fence: "if `log()` slept first").
    ///
    /// An earlier fence is replayed with some top-level statements left out by index, so its edit must keep the
    /// top-level lines where they are; an edit that applies to several earlier fences is ambiguous. Both give `nil`.
    func edited(_ edit: CodeEdit) -> PlannedRun? {
        var variant = self
        if let code = SnippetEditor.apply(edit, to: own.source) {
            variant.own = FenceCode(source: code, firstLine: own.firstLine)
            return variant
        }
        let candidates = prelude.indices.compactMap { index -> (Int, String)? in
            let source = prelude[index].code.source
            guard let code = SnippetEditor.apply(edit, to: source),
                  Self.topLevelLines(of: code) == Self.topLevelLines(of: source) else { return nil }
            return (index, code)
        }
        guard candidates.count == 1, let (index, code) = candidates.first else { return nil }
        variant.prelude[index].code = FenceCode(source: code, firstLine: prelude[index].code.firstLine)
        return variant
    }

    /// The lines that start a top-level statement, in order.
    private static func topLevelLines(of code: String) -> [String] {
        code.split(separator: "\n").filter { line in
            guard let first = line.first else { return false }
            return first != " " && first != "\t" && first != "#"
        }.map(String.init)
    }
}
