import PyModel

/// A fence's code and where it starts in the file.
public struct FenceCode: Hashable, Sendable {
    public var source: String
    /// The file line of the code's first line.
    public var firstLine: Int

    public init(source: String, firstLine: Int) {
        self.source = source
        self.firstLine = firstLine
    }
}

/// How one fence runs, by DESIGN.md's session rules: the earlier fences replayed silently for their
/// definitions (entry points dropped), then the fence itself as `__main__`, then an earlier entry point
/// re-run or an implicit `asyncio.run(main())`.
///
/// A plan is a value: two fences with equal plans have equal runs, so runs are cached by plan.
public struct PlannedRun: Hashable, Sendable {
    public struct Replay: Hashable, Sendable {
        public var code: FenceCode
        /// Indices of the top-level statements left out (entry points).
        public var dropped: [Int]
    }

    public struct EntryStatement: Hashable, Sendable {
        public var code: FenceCode
        /// Index of the top-level statement to run.
        public var index: Int
    }

    public var entry: SnippetEntry
    public var prelude: [Replay]
    public var own: FenceCode
    public var rerun: EntryStatement?
    public var implicitMain: Bool
    /// The fence does not compile: its run reports the syntax error.
    public var syntaxError: String?
}

/// Plans the runs of a file's python fences, in order. The rules, first that applies:
/// 1. a fence that does not compile → `none` (its run reports the SyntaxError);
/// 2. top-level `await` / `async with` / `async for` → `top-level-await`, as IPython runs it;
/// 3. an entry point of its own (`if __name__ == "__main__":`, a top-level `asyncio.run(...)`) → `own`;
/// 4. it defines `main` or redefines a function or class an earlier fence defined, and an entry point was seen
///    before it → `rerun` of the last entry point seen;
/// 5. the file has no entry point at all, and it defines a callable `async def main()` (or redefines something
///    once such a main was seen) → `implicit` `asyncio.run(main())`;
/// 6. otherwise → `none` (definitions only).
/// Assignments and imports do not count as definitions.
public enum SessionPlanner {
    public static func plan(_ fences: [FenceCode]) -> [PlannedRun] {
        let names = NameInterner()
        let analyses = fences.map { FenceAnalysis(source: $0.source, firstLine: $0.firstLine, names: names) }
        let fileHasEntry = analyses.contains { $0.compiles && !$0.hasTopLevelAwait && !$0.entryIndices.isEmpty }
        var plans: [PlannedRun] = []
        var definedBefore: Set<String> = []
        var lastEntry: PlannedRun.EntryStatement?
        var asyncMainSeen = false
        for (position, (fence, analysis)) in zip(fences, analyses).enumerated() {
            let prelude = zip(fences.prefix(position), analyses.prefix(position)).filter { $0.1.compiles }.map {
                PlannedRun.Replay(code: $0.0, dropped: $0.1.hasTopLevelAwait ? [] : $0.1.entryIndices)
            }
            var plan = PlannedRun(entry: .none, prelude: prelude, own: fence, rerun: nil, implicitMain: false,
                                  syntaxError: analysis.syntaxError?.description)
            if analysis.compiles {
                let redefines = !analysis.defined.isDisjoint(with: definedBefore)
                if analysis.hasTopLevelAwait {
                    plan.entry = .topLevelAwait
                } else if !analysis.entryIndices.isEmpty {
                    plan.entry = .own
                } else if let entry = lastEntry, analysis.defined.contains("main") || redefines {
                    plan.entry = .rerun
                    plan.rerun = entry
                } else if !fileHasEntry, analysis.definesCallableAsyncMain || (asyncMainSeen && redefines) {
                    plan.entry = .implicit
                    plan.implicitMain = true
                }
                if let last = analysis.entryIndices.last, !analysis.hasTopLevelAwait {
                    lastEntry = PlannedRun.EntryStatement(code: fence, index: last)
                }
                if analysis.definesCallableAsyncMain { asyncMainSeen = true }
                definedBefore.formUnion(analysis.defined)
            }
            plans.append(plan)
        }
        return plans
    }
}
