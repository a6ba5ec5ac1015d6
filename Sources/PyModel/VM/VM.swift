import AsyncModel

/// The interpreter state of one session: builtins, imported modules, output and budgets.
///
/// Single-threaded and synchronous. A run (`Interpreter.run`) resets the clock, the random generator and the
/// budgets; the `__main__` namespace persists across runs of one session.
final class VM {
    var budgets: Budgets
    var instructionsLeft: Int
    /// Python frames currently executing (for `RecursionError`).
    var depth = 0
    /// Nested runs of the eval loop on the Swift stack.
    var nativeDepth = 0
    /// Exceptions being handled (`sys.exc_info()` stack), innermost last.
    var excInfo: [PyExc] = []
    var stdout = ""
    /// The stdout text after the last newline, not yet recorded in the trace.
    var pendingLine = ""
    var stderr = ""
    let builtins: PyNamespace
    var modules: [String: PyModule] = [:]
    /// The current run's clock, loops and trace (replaced at the start of each run).
    var virtualRun = VirtualRun()
    /// The raw value a task sent into its coroutine, for the AsyncModel coroutine at the bottom of the await
    /// chain (Python frames in between see it as a Python value).
    var rawSend: FutureValue?
    /// Seconds a worker-thread function asked to `time.sleep` (set while a worker job runs).
    var workerSleep: Double?
    /// Whether the code running now is a worker job (`to_thread`, `run_in_executor`).
    var inWorker = false
    /// The frame a worker job executes: only it suspends at a `time.sleep`. A sleep in a frame run by a nested
    /// `call` (a keyword or `*args` call, a callable object) is added up and taken when control is back in it.
    var workerFrame: Frame?
    /// Async generators first iterated while a loop ran, weakly (the loops' `_asyncgens`, for `shutdown_asyncgens`).
    var startedAsyncGenerators: [AsyncGenEntry] = []
    /// A budget or sandbox stop raised inside a task step, re-raised when control returns to the VM.
    var pendingStop: RunStop?
    /// The warnings shown already, by file, line and message (the "default" filter shows each once per place).
    var warningsShown = Set<String>()
    /// The innermost frame the eval loop is executing (for the line of a budget or unsupported stop).
    var currentFrame: Frame?
    /// Native state of modules (`random`'s generator, `asyncio`'s loops), keyed by module name.
    var moduleState: [String: AnyObject] = [:]
    /// Containers whose repr is being computed (to print `[...]` for self-references).
    var reprInProgress = Set<ObjectIdentifier>()
    /// Turns AsyncModel errors (cancellation, timeouts) into Python exceptions; set by the asyncio module.
    var asyncErrorMapper: ((any Error) -> PyExc?)?
    /// The file name `__file__` reports.
    var fileName: String
    /// How many of the current run's loop exception reports are on stderr already.
    var reportsPrinted = 0

    init(budgets: Budgets, fileName: String) {
        self.budgets = budgets
        self.instructionsLeft = budgets.instructions
        self.fileName = fileName
        self.builtins = PyNamespace()
        BuiltinFunctions.install(into: builtins)
        asyncErrorMapper = { [unowned self] in self.exceptionForAsyncError($0) }
    }

    /// What primitives made by snippets ask for when they are used: the run going on then (a lock made at
    /// module level by an earlier fence serves the later fence's run).
    var currentRun: () -> VirtualRun { { [unowned self] in self.virtualRun } }

    /// The line of the innermost executing frame.
    var currentLine: Int { currentFrame?.line ?? 0 }

    /// Appends output; each completed stdout line is also recorded in the run's trace, with the task that
    /// completed it (a print outside any loop has no task).
    func write(_ s: String, toStderr: Bool = false) {
        if toStderr {
            stderr += s
            return
        }
        stdout += s
        guard s.contains("\n") else {
            pendingLine += s
            return
        }
        var parts = s.split(separator: "\n", omittingEmptySubsequences: false)
        let rest = parts.removeLast()
        for part in parts {
            virtualRun.trace.recordPrint(pendingLine + part, task: virtualRun.currentTask)
            pendingLine = ""
        }
        pendingLine = String(rest)
    }
}
