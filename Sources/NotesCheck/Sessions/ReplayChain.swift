import PyModel

/// One interpreter that has replayed a file's fences in order, so the runs of a session replay each earlier
/// fence once in all rather than once for every later fence (200 fences made 19,900 replays).
///
/// Its state is always exactly what a fresh interpreter that replayed `replayed` in order would hold: runs
/// are deterministic, and only replays (and own runs equal to a replay, below) ever run on it. A fence whose
/// own run is its replay (nothing dropped, nothing added: definitions only, or top-level-await code) runs on
/// the chain itself and then counts as replayed, provided it stayed within the replay budget (a replay that
/// the smaller budget stops leaves different definitions behind). Not shared across threads: nothing here is
/// concurrent.
final class ReplayChain {
    private var interpreter: Interpreter?
    private var fileName = ""
    private var replayed: [PlannedRun.Replay] = []

    /// The chain's interpreter after replaying exactly `prelude` for `fileName`: the chain goes on from where
    /// it is when its replays begin `prelude`, and starts again otherwise.
    func interpreter(replaying prelude: [PlannedRun.Replay], fileName: String, budgets: Budgets,
                     compiled: CompileCache) -> Interpreter {
        if let interpreter, self.fileName == fileName, replayed.count <= prelude.count,
           zip(replayed, prelude).allSatisfy({ $0 == $1 }) {
            Self.replay(prelude[replayed.count...], on: interpreter, compiled: compiled)
            replayed = prelude
            return interpreter
        }
        let fresh = Interpreter(budgets: budgets, fileName: fileName)
        Self.replay(prelude[...], on: fresh, compiled: compiled)
        interpreter = fresh
        self.fileName = fileName
        replayed = prelude
        return fresh
    }

    /// After an own run on the chain's interpreter: it now holds `fence` replayed when the run used no more
    /// than `replayInstructions`, and nothing the chain can describe otherwise.
    func ran(_ fence: PlannedRun.Replay, instructions: Int, replayInstructions: Int) {
        if instructions <= replayInstructions {
            replayed.append(fence)
        } else {
            interpreter = nil
            replayed = []
        }
    }

    /// Replays fences for their definitions, silently, as the session rules say (entry points already blanked
    /// by the compile cache; a fence that does not compile contributes nothing).
    static func replay(_ fences: ArraySlice<PlannedRun.Replay>, on interpreter: Interpreter, compiled: CompileCache) {
        for fence in fences {
            guard case .success(let code) = compiled.code(for: fence) else { continue }
            _ = code.isCoroutine ? interpreter.runTopLevelAwait(code) : interpreter.run(code)
        }
    }
}
