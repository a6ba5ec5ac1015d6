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
    /// What CPython's SyntaxError points at (0-based UTF-8 byte columns), when known.
    var range: SourceRange?

    /// What CPython prints on stderr when a program does not compile: the file and line, the source line, the
    /// `^` markers under the offending text and the message (no traceback: nothing ran). `source` is the text
    /// that was compiled, its first line numbered `firstLine`.
    public func report(source: String, firstLine: Int = 1, fileName: String) -> [String] {
        var out = ["  File \"\(fileName)\", line \(line)"]
        if let text = SourceText(source, firstLine: firstLine).line(line) {
            let trimmed = text.drop { $0 == " " || $0 == "\u{0C}" }
            out.append("    " + trimmed)
            if let r = range, r.startLine == line {
                let bytes = Array(text.utf8)
                let start = Self.characters(bytes, r.startColumn) - (text.count - trimmed.count)
                var end = r.endLine == line ? Self.characters(bytes, r.endColumn) - (text.count - trimmed.count) : start + 1
                if end <= start { end = start + 1 }
                if start >= 0 {
                    let space = trimmed.prefix(start).map { $0.isWhitespace ? String($0) : " " }.joined()
                    out.append("    " + space + String(repeating: "^", count: end - start))
                }
            }
        }
        out.append(message)
        return out
    }

    /// Characters in the first `byteCount` UTF-8 bytes.
    private static func characters(_ bytes: [UInt8], _ byteCount: Int) -> Int {
        bytes.prefix(max(0, byteCount)).reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
    }
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
    /// What the run wrote to stderr, as CPython would: asyncio's logs, warnings, and last the uncaught
    /// exception's traceback (formatted when first read: replayed runs that nobody reads cost nothing).
    public var stderr: [String] { logged + (traceback?() ?? []) }
    var logged: [String]
    var traceback: (() -> [String])?
    /// Loop time summed over the loops the run made, rounded to 6 decimals; `nil` when no loop ran.
    public var virtualSeconds: Double?
    /// The AsyncModel trace of the run (tasks, steps, prints, in virtual time).
    public var trace: Trace
    /// Bytecode instructions the run executed (what its instruction budget counts).
    public var instructions: Int
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
    /// The exception that ended the current run, if one did.
    private var uncaughtException: PyExc?

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
    /// With `showsInTracebacks: false` (code the checker adds, such as an implicit entry point), the code's
    /// frames are left out of tracebacks.
    public static func compile(_ source: String, firstLine: Int = 1, allowTopLevelAwait: Bool = false,
                               showsInTracebacks: Bool = true) -> Result<CompiledCode, CompileError> {
        compile(source, firstLine: firstLine, allowTopLevelAwait: allowTopLevelAwait, fileName: nil, isHidden: !showsInTracebacks)
    }

    /// Compiles source whose tracebacks name `fileName` (`nil`: the run's file).
    static func compile(_ source: String, firstLine: Int = 1, allowTopLevelAwait: Bool = false, fileName: String?,
                        isHidden: Bool = false) -> Result<CompiledCode, CompileError> {
        let parsed = Parser.parse(source: source, firstLine: firstLine)
        if let d = parsed.diagnostics.first {
            return .failure(CompileError(message: d.description, line: d.range.startLine, range: d.range))
        }
        guard let module = parsed.module else {
            return .failure(CompileError(message: "SyntaxError: invalid syntax", line: firstLine))
        }
        let text = SourceText(source, firstLine: firstLine, fileName: fileName, isHidden: isHidden)
        return compile(module, firstLine: firstLine, allowTopLevelAwait: allowTopLevelAwait, source: text)
    }

    /// Compiles an already parsed (and possibly transformed) module: the way to drop entry points or build a
    /// counterfactual variant on the AST before running it. With `source` (the text it was parsed from),
    /// tracebacks show its lines.
    public static func compile(_ module: Module, firstLine: Int = 1, allowTopLevelAwait: Bool = false,
                               source: String? = nil) -> Result<CompiledCode, CompileError> {
        compile(module, firstLine: firstLine, allowTopLevelAwait: allowTopLevelAwait,
                source: source.map { SourceText($0, firstLine: firstLine) })
    }

    private static func compile(_ module: Module, firstLine: Int, allowTopLevelAwait: Bool, source: SourceText?) -> Result<CompiledCode, CompileError> {
        switch Compiler.compile(module, firstLine: firstLine, allowTopLevelAwait: allowTopLevelAwait, source: source) {
        case .success(let code): return .success(CompiledCode(code: code))
        case .failure(let f): return .failure(CompileError(message: "SyntaxError: \(f.message)", line: f.line, range: f.range))
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

    /// Runs one prompt of an interactive session (a REPL transcript) in the session's one virtual run, as
    /// CPython's REPL runs every prompt in one process: loops, tasks and futures an earlier prompt made work at
    /// later prompts. A prompt that awaits at top level runs as `runTopLevelAwait` runs it.
    public func runPrompt(_ compiled: CompiledCode) -> RunResult {
        if compiled.isCoroutine { return runTopLevelAwait(compiled) }
        let run = topLevelRun ?? VirtualRun(traceEnabled: recordsTrace)
        topLevelRun = run
        beginRun(run)
        let frame = Frame(code: compiled.code, globals: main.namespace, namespace: nil, closure: [])
        let outcome = drive { _ = try vm.execute(frame, .start) }
        return finishRun(outcome, virtualSeconds: run.madeLoop ? run.virtualSeconds : nil)
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
        if vm.virtualRun !== run { vm.reportsPrinted = 0 }
        vm.virtualRun = run
        // Unowned, not weak: a weak reference would give the VM a side table, and every retain and release
        // of the VM (several per task step) would take the runtime's slow path. `finishRun` clears it.
        run.trace.markProvider = { [unowned vm] in SourceMark(line: vm.currentLine) }
        vm.instructionsLeft = vm.budgets.instructions
        vm.stdout = ""
        vm.pendingLine = ""
        vm.stderr = ""
        uncaughtException = nil
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
            return uncaught(e.exc)
        } catch {
            if let stop = vm.pendingStop { return outcome(of: stop) }
            return uncaught(vm.pythonException(for: error))
        }
    }

    /// An uncaught exception ends the run: its traceback goes to stderr as CPython prints it at exit.
    private func uncaught(_ exc: PyExc) -> RunOutcome {
        uncaughtException = exc
        return .exception(vm.lastLine(of: exc), line: exc.traceback.last?.line ?? 0)
    }

    private func outcome(of stop: RunStop) -> RunOutcome {
        switch stop {
        case .unsupported(let what, let line): return .unsupported(what, line: line)
        case .budget(let kind, let line): return .budget(kind, line: line)
        case .internalError(let message): return .internalError(message)
        }
    }

    private func finishRun(_ outcome: RunOutcome, virtualSeconds: Double?) -> RunResult {
        vm.printLoopReports()
        vm.virtualRun.trace.markProvider = nil
        if !vm.pendingLine.isEmpty {
            vm.virtualRun.trace.recordPrint(vm.pendingLine, task: nil)
            vm.pendingLine = ""
        }
        return RunResult(
            outcome: outcome, stdout: Interpreter.lines(vm.stdout), logged: Interpreter.lines(vm.stderr),
            traceback: uncaughtException.map { exc in { [vm] in TracebackPrinter(vm: vm, fileName: vm.fileName).format(exc) } },
            virtualSeconds: virtualSeconds.map { ($0 * 1_000_000).rounded() / 1_000_000 }, trace: vm.virtualRun.trace,
            instructions: vm.budgets.instructions - vm.instructionsLeft)
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
