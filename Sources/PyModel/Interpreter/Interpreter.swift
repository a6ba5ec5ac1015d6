import AsyncModel

/// Compiled snippet code, ready to run in an `Interpreter` (or reported as a syntax error).
public struct CompiledCode {
    let code: CodeObject
    /// Whether the code is a coroutine body (a top-level-await fence).
    public var isCoroutine: Bool { code.flags.contains(.coroutine) }
}

/// A compile-time error as CPython's last traceback line prints it, with its Markdown line.
public struct CompileError: Error, Equatable, Sendable {
    /// `"SyntaxError: 'return' outside function"`.
    public let message: String
    public let line: Int
}

/// How a run ended.
public enum RunOutcome: Equatable, Sendable {
    /// The code ran to its end.
    case completed
    /// An uncaught exception of the snippet's own: `"Type: message"` as CPython's last traceback line, and
    /// the Markdown line where it was raised.
    case exception(String, line: Int)
    /// The sandbox refused a construct (or the model lacks it); the snippet could not catch this.
    case unsupported(String, line: Int)
    /// A budget stopped the run.
    case budget(BudgetKind, line: Int)
    /// A bug of the model.
    case internalError(String)
}

/// What one run produced.
public struct RunResult {
    public var outcome: RunOutcome
    public var stdout: [String]
    public var stderr: [String]
    /// Loop time summed over the loops the run made, rounded to 6 decimals; `nil` when no loop ran.
    public var virtualSeconds: Double?
    /// The AsyncModel trace of the run (tasks, steps, prints, in virtual time).
    public var trace: Trace
}

/// The public face of PyModel: compile snippets and run them in a session whose `__main__` namespace
/// persists across runs (later fences see what earlier fences defined).
///
/// Each `run` starts a fresh virtual clock, seeds `random` with 0 and resets the budgets. Synchronous and
/// single-threaded.
public final class Interpreter {
    let vm: VM
    let main: PyModule
    /// The loop top-level-await fences share, with the run that owns its clock.
    private var topLevelRun: VirtualRun?
    private var topLevelLoop: Loop?

    /// Whether runs record the full AsyncModel trace (prints and exception reports are always kept).
    let recordsTrace: Bool

    /// - Parameters:
    ///   - budgets: limits for every run of this session.
    ///   - fileName: what `__file__` is (the notes file's name without folders).
    ///   - recordsTrace: `false` keeps only prints and exception reports (for benchmarks).
    public init(budgets: Budgets = Budgets(), fileName: String = "notes.md", recordsTrace: Bool = true) {
        self.recordsTrace = recordsTrace
        vm = VM(budgets: budgets, fileName: fileName)
        main = PyModule(name: "__main__")
        main.namespace["__file__"] = .str(fileName)
        main.namespace["__builtins__"] = .object(PyModule(name: "builtins", namespace: vm.builtins))
        vm.modules["__main__"] = main
    }

    /// Compiles a snippet whose first line is Markdown line `firstLine`. With `allowTopLevelAwait`, a
    /// snippet that awaits at top level compiles to a coroutine body (run it with `runTopLevelAwait`).
    public static func compile(_ source: String, firstLine: Int = 1, allowTopLevelAwait: Bool = false) -> Result<CompiledCode, CompileError> {
        let parsed = Parser.parse(source: source, firstLine: firstLine)
        if let d = parsed.diagnostics.first {
            return .failure(CompileError(message: d.description, line: d.range.startLine))
        }
        guard let module = parsed.module else {
            return .failure(CompileError(message: "SyntaxError: invalid syntax", line: firstLine))
        }
        return compile(module, firstLine: firstLine, allowTopLevelAwait: allowTopLevelAwait)
    }

    /// Compiles an already parsed (and possibly transformed) module: the way to drop entry points or build a
    /// counterfactual variant on the AST before running it.
    public static func compile(_ module: Module, firstLine: Int = 1, allowTopLevelAwait: Bool = false) -> Result<CompiledCode, CompileError> {
        switch Compiler.compile(module, firstLine: firstLine, allowTopLevelAwait: allowTopLevelAwait) {
        case .success(let code): return .success(CompiledCode(code: code))
        case .failure(let f): return .failure(CompileError(message: "SyntaxError: \(f.message)", line: f.line))
        }
    }

    /// The limits of the next runs (each run starts with the full budget).
    public var budgets: Budgets {
        get { vm.budgets }
        set { vm.budgets = newValue }
    }

    /// Names the `__main__` namespace holds now, in definition order.
    public var definedNames: [String] { main.namespace.keys }

    /// Runs code as `__main__` with a fresh run clock and `random.seed(0)`.
    public func run(_ compiled: CompiledCode) -> RunResult {
        beginRun(VirtualRun(traceEnabled: recordsTrace))
        let frame = Frame(code: compiled.code, globals: main.namespace, namespace: nil, closure: [])
        let outcome = drive {
            if compiled.isCoroutine {
                throw RunStop.unsupported("top-level await outside a top-level-await session", line: compiled.code.firstLine)
            }
            _ = try vm.execute(frame, .start)
        }
        return finishRun(outcome, virtualSeconds: vm.virtualRun.madeLoop ? vm.virtualRun.virtualSeconds : nil)
    }

    /// Runs a top-level-await fence as IPython does: as the body of a coroutine, on one loop that lives
    /// across such fences. Its virtual seconds are the loop time that passed while it ran.
    public func runTopLevelAwait(_ compiled: CompiledCode) -> RunResult {
        let run = topLevelRun ?? VirtualRun(traceEnabled: recordsTrace)
        let loop = topLevelLoop ?? run.newLoop()
        topLevelRun = run
        topLevelLoop = loop
        beginRun(run)
        let start = loop.time()
        let frame = Frame(code: compiled.code, globals: main.namespace, namespace: nil, closure: [])
        let outcome = drive {
            if !compiled.isCoroutine {
                _ = try vm.execute(frame, .start)
                return
            }
            let gen = PyGenerator(frame: frame, name: "<module>", kind: .coroutine)
            let driver = TaskCoroutine(gen, vm: vm)
            do {
                _ = try loop.runUntilComplete(driver)
            } catch {
                if let stop = vm.pendingStop { throw stop }
                throw error
            }
        }
        let seconds = loop.time() - start
        return finishRun(outcome, virtualSeconds: seconds)
    }

    private func beginRun(_ run: VirtualRun) {
        vm.virtualRun = run
        // Unowned, not weak: a weak reference would give the VM a side table, and every retain and release
        // of the VM (several per task step) would take the runtime's slow path. `finishRun` clears it.
        run.trace.markProvider = { [unowned vm] in SourceMark(line: vm.currentLine) }
        vm.instructionsLeft = vm.budgets.instructions
        vm.stdout = ""
        vm.pendingLine = ""
        vm.stderr = ""
        vm.pendingStop = nil
        vm.excInfo = []
        vm.depth = 0
        vm.moduleState["random"] = nil  // seeded with 0 on first use (RandomModule.state)
        main.namespace["__name__"] = .str("__main__")
    }

    private func drive(_ body: () throws -> Void) -> RunOutcome {
        do {
            try body()
            if let stop = vm.pendingStop { return outcome(of: stop) }
            return .completed
        } catch let stop as RunStop {
            return outcome(of: stop)
        } catch let e as PyRaise {
            return .exception(vm.lastLine(of: e.exc), line: e.exc.traceback.last?.line ?? 0)
        } catch {
            if let stop = vm.pendingStop { return outcome(of: stop) }
            let exc = vm.pythonException(for: error)
            return .exception(vm.lastLine(of: exc), line: exc.traceback.last?.line ?? 0)
        }
    }

    private func outcome(of stop: RunStop) -> RunOutcome {
        switch stop {
        case .unsupported(let what, let line): return .unsupported(what, line: line)
        case .budget(let kind, let line): return .budget(kind, line: line)
        case .internalError(let message): return .internalError(message)
        }
    }

    private func finishRun(_ outcome: RunOutcome, virtualSeconds: Double?) -> RunResult {
        vm.virtualRun.trace.markProvider = nil
        if !vm.pendingLine.isEmpty {
            vm.virtualRun.trace.recordPrint(vm.pendingLine, task: nil)
            vm.pendingLine = ""
        }
        return RunResult(
            outcome: outcome, stdout: Interpreter.lines(vm.stdout), stderr: Interpreter.lines(vm.stderr),
            virtualSeconds: virtualSeconds.map { ($0 * 1_000_000).rounded() / 1_000_000 }, trace: vm.virtualRun.trace)
    }

    /// Splits output into lines (a final newline does not start an empty line).
    static func lines(_ s: String) -> [String] {
        if s.isEmpty { return [] }
        var parts = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if s.hasSuffix("\n") { parts.removeLast() }
        return parts
    }
}

extension VM {
    /// `"Type: message"` as CPython's last traceback line prints an uncaught exception.
    func lastLine(of e: PyExc) -> String {
        let t = e.cls
        let name = (t.moduleName == "builtins" || t.moduleName == "__main__") ? t.qualname : "\(t.moduleName).\(t.qualname)"
        let message = (try? str(.object(e))) ?? "<exception str() failed>"
        return message.isEmpty ? name : "\(name): \(message)"
    }
}
