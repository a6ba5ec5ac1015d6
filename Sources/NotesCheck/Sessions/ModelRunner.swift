import PyModel

/// Runs planned fences on PyModel: the earlier fences replayed silently for their definitions, then the fence
/// as `__main__` (and the entry point it re-runs, or an implicit `asyncio.run(main())`) in one run of the
/// virtual clock. A fence whose run is its own replay runs on the file's `ReplayChain`; any other on a fresh
/// interpreter that replays the fences before it.
public struct ModelRunner: FenceRunner {
    public var budgets: Budgets
    private let compiled = CompileCache()
    private let chain = ReplayChain()

    /// Notes need far less than PyModel's generous defaults: a tenth of the instructions, and no object of more
    /// than a million elements or digits, so a runaway snippet stops in well under a second of release time.
    public static let noteBudgets = Budgets(instructions: 3_000_000, objectSize: 1_000_000)

    public init(budgets: Budgets = ModelRunner.noteBudgets) {
        self.budgets = budgets
    }

    /// Replaying an earlier fence for its definitions gets a tenth of the budget: definitions are cheap, and a
    /// runaway fence must not cost its full budget again for every fence after it.
    var replayBudgets: Budgets {
        var replay = budgets
        replay.instructions = max(1, budgets.instructions / 10)
        return replay
    }

    public func run(_ plan: PlannedRun, fileName: String) -> FenceRun {
        if let error = plan.syntaxError {
            var record = RunRecord(completed: true, exception: error)
            if case .failure(let compileError) = Interpreter.compile(plan.own.source, firstLine: plan.own.firstLine, allowTopLevelAwait: true) {
                record.stderr = compileError.report(source: plan.own.source, firstLine: plan.own.firstLine, fileName: fileName)
            }
            return FenceRun(status: .ran, stdout: [], virtualSeconds: nil, exception: error, tasks: [], record: record)
        }
        if let run = runOnChain(plan, fileName: fileName) { return run }
        let interpreter = Interpreter(budgets: replayBudgets, fileName: fileName)
        ReplayChain.replay(plan.prelude[...], on: interpreter, compiled: compiled)
        interpreter.budgets = budgets
        let isTopLevelAwait = plan.entry == .topLevelAwait
        var codes: [CompiledCode] = []
        switch Interpreter.compile(plan.own.source, firstLine: plan.own.firstLine, allowTopLevelAwait: isTopLevelAwait) {
        case .success(let code): codes.append(code)
        case .failure(let error):
            var record = RunRecord(completed: true, exception: error.message)
            record.stderr = error.report(source: plan.own.source, firstLine: plan.own.firstLine, fileName: fileName)
            return FenceRun(status: .ran, stdout: [], virtualSeconds: nil, exception: error.message, tasks: [], record: record)
        }
        if let rerun = plan.rerun, let entry = Self.statement(rerun.index, of: rerun.code),
           case .success(let code) = Interpreter.compile(entry.source, firstLine: entry.firstLine) {
            codes.append(code)
        }
        if plan.implicitMain,
           case .success(let code) = Interpreter.compile(Self.implicitEntry, firstLine: plan.own.firstLine, showsInTracebacks: false) {
            codes.append(code)
        }
        if isTopLevelAwait, let code = codes.first {
            return Self.fenceRun([interpreter.runTopLevelAwait(code)], session: plan)
        }
        var results: [RunResult] = []
        for code in codes {
            let result = interpreter.run(code)
            results.append(result)
            if result.outcome != .completed { break }
        }
        return Self.fenceRun(results, session: plan)
    }

    /// Runs a fence whose own run is its replay (`none` or `top-level-await`, its code compiling as the replay
    /// compiles it) on the replay chain; `nil` for any other fence.
    private func runOnChain(_ plan: PlannedRun, fileName: String) -> FenceRun? {
        guard plan.entry == .none || plan.entry == .topLevelAwait, plan.rerun == nil, !plan.implicitMain else { return nil }
        let asReplay = PlannedRun.Replay(code: plan.own, dropped: [])
        guard case .success(let code) = compiled.code(for: asReplay),
              code.isCoroutine == (plan.entry == .topLevelAwait) else { return nil }
        let interpreter = chain.interpreter(replaying: plan.prelude, fileName: fileName, budgets: replayBudgets, compiled: compiled)
        interpreter.budgets = budgets
        let result = code.isCoroutine ? interpreter.runTopLevelAwait(code) : interpreter.run(code)
        interpreter.budgets = replayBudgets
        chain.ran(asReplay, instructions: result.instructions, replayInstructions: replayBudgets.instructions)
        return Self.fenceRun([result], session: plan)
    }

    /// `asyncio.run(main())` for a file whose fences define `main` and never call it.
    static let implicitEntry = "import asyncio as __notescheck_asyncio\n__notescheck_asyncio.run(main())\n"

    /// The fence's run from its parts (the fence, then the entry point it re-runs): output and loop time add
    /// up; the claims read the part that ran the event loop.
    static func fenceRun(_ results: [RunResult], session plan: PlannedRun) -> FenceRun {
        guard let last = results.last else {
            return FenceRun(status: .error, stdout: [], virtualSeconds: nil, exception: "nothing ran", tasks: [], record: RunRecord())
        }
        let stdout = results.flatMap(\.stdout)
        let seconds = results.compactMap(\.virtualSeconds)
        let virtualSeconds = seconds.isEmpty ? nil : (seconds.reduce(0, +) * 1_000_000).rounded() / 1_000_000
        let status: SnippetStatus
        var exception: String?
        switch last.outcome {
        case .completed:
            status = .ran
        case .exception(let message, _):
            if let name = undefinedName(in: message), !plan.binds(name) {
                status = .fragment
                exception = "\(message) (nothing in the file defines it)"
            } else {
                status = .ran
                exception = message
            }
        case .unsupported(let what, let line):
            status = .unsupported
            exception = "\(what) (line \(line))"
        case .budget(let kind, let line):
            status = .budget
            exception = "the \(kind.rawValue) budget ran out at line \(line)"
        case .internalError(let message):
            status = .error
            exception = message
        }
        let traced = results.last { $0.virtualSeconds != nil } ?? last
        var record = TraceReader.record(of: traced.trace, completed: status == .ran, exception: exception,
                                        virtualSeconds: virtualSeconds)
        let before = results.prefix { $0.trace !== traced.trace }.flatMap { TraceReader.lines(of: $0.trace, names: [:]) }
        record.lines = before + record.lines
        record.stderr = results.flatMap(\.stderr)
        let tasks = record.tasks.map {
            TaskRecord(name: $0.name, coroutine: $0.coroutine, created: $0.created.seconds, finished: $0.finished?.seconds)
        }
        return FenceRun(status: status, stdout: stdout, virtualSeconds: virtualSeconds, exception: exception,
                        tasks: tasks, record: record)
    }

    /// `NameError: name 'x' is not defined` → `x`.
    static func undefinedName(in message: String) -> String? {
        guard message.hasPrefix("NameError: name '"), let end = message.dropFirst(17).firstIndex(of: "'") else { return nil }
        return String(message[message.index(message.startIndex, offsetBy: 17)..<end])
    }

    /// The code with the given top-level statements' lines blanked, so line numbers stay the file's.
    static func blanking(statements indices: [Int], of code: FenceCode) -> String {
        guard !indices.isEmpty else { return code.source }
        let parsed = Parser.parse(source: code.source, firstLine: code.firstLine)
        guard let module = parsed.module else { return code.source }
        var lines = code.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in indices where index < module.body.count {
            let range = module.body[index].range
            for line in range.startLine...max(range.startLine, range.endLine) {
                let offset = line - code.firstLine
                if offset >= 0, offset < lines.count { lines[offset] = "" }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One top-level statement of a fence, as code that keeps its file lines.
    static func statement(_ index: Int, of code: FenceCode) -> FenceCode? {
        let parsed = Parser.parse(source: code.source, firstLine: code.firstLine)
        guard let module = parsed.module, index < module.body.count else { return nil }
        let range = module.body[index].range
        let lines = code.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let from = range.startLine - code.firstLine, to = range.endLine - code.firstLine
        guard from >= 0, to < lines.count, from <= to else { return nil }
        return FenceCode(source: lines[from...to].joined(separator: "\n"), firstLine: range.startLine)
    }
}

extension PlannedRun {
    /// Whether some code of the session binds the name: defines, assigns, imports or loops over it, or takes it
    /// as a parameter. A NameError for a name nothing binds means the fence is a fragment of a larger program.
    func binds(_ name: String) -> Bool {
        let binding = ["def \(name)(", "class \(name)", "\(name) =", "\(name)=", "\(name) +=", "\(name) -=", "import \(name)",
                       "as \(name)", "for \(name) ", "for \(name),", ", \(name) in", "global \(name)", "nonlocal \(name)", "\(name) :="]
        return (prelude.map(\.code.source) + [own.source]).contains { source in
            source.contains(name) && source.split(separator: "\n").contains { line in
                guard line.contains(name) else { return false }
                let text = line.trimmedWhitespace()
                if binding.contains(where: { text.contains($0) && !text.contains("\(name) ==") }) { return true }
                let isSignature = text.hasPrefix("def ") || text.hasPrefix("async def ") || text.hasPrefix("lambda")
                return isSignature && text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).contains { $0 == name }
            }
        }
    }
}

/// Earlier fences compiled once for all the runs that replay them (a file of 200 fences replays the first one
/// 199 times). Not shared across threads: nothing here is concurrent.
final class CompileCache {
    private var codes: [PlannedRun.Replay: Result<CompiledCode, CompileError>] = [:]

    func code(for replay: PlannedRun.Replay) -> Result<CompiledCode, CompileError> {
        if let known = codes[replay] { return known }
        let source = ModelRunner.blanking(statements: replay.dropped, of: replay.code)
        let result = Interpreter.compile(source, firstLine: replay.code.firstLine, allowTopLevelAwait: true)
        codes[replay] = result
        return result
    }
}
