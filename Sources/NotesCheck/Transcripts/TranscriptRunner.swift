import PyModel

/// Runs the examples of one transcript, in order, as the prompts of one interactive session: definitions of an
/// earlier prompt are there for the later ones. A runner serves one transcript; make a new one for the next.
public protocol TranscriptRunner {
    /// Runs one example's source (prompts stripped) as the next prompt. `firstLine` is the file line of its
    /// `>>>` line, so that what the run reports by line points into the notes file.
    func run(_ source: String, firstLine: Int) -> ExampleRun
}

/// A `TranscriptRunner` on PyModel: one interpreter per transcript, each prompt compiled in interactive mode
/// (`InteractiveSource`) and run as `python -m asyncio` runs it: code that awaits at top level runs on one event
/// loop that lives across the prompts, other code runs as plain module code; all prompts share one virtual run
/// (`Interpreter.runPrompt`), so a loop made at one prompt is the same loop at the next.
public final class ModelTranscriptRunner: TranscriptRunner {
    private let interpreter: Interpreter

    /// - Parameters:
    ///   - budgets: limits for each prompt's run.
    ///   - fileName: `__file__` in the session (the notes file's name without folders).
    public init(budgets: Budgets = Budgets(), fileName: String) {
        interpreter = Interpreter(budgets: budgets, fileName: fileName)
    }

    public func run(_ source: String, firstLine: Int) -> ExampleRun {
        let prepared: String
        switch InteractiveSource.prepare(source, firstLine: firstLine) {
        case .failure(let error): return ExampleRun(printed: "", outcome: .exception(error.message))
        case .success(let text): prepared = text
        }
        let compiled: CompiledCode
        switch Interpreter.compile(prepared, firstLine: firstLine, allowTopLevelAwait: true) {
        case .failure(let error): return ExampleRun(printed: "", outcome: .exception(error.message))
        case .success(let code): compiled = code
        }
        let result = interpreter.runPrompt(compiled)
        let printed = result.stdout.map { $0 + "\n" }.joined()
        switch result.outcome {
        case .completed:
            return ExampleRun(printed: printed, outcome: .completed)
        case .exception(let message, _):
            return ExampleRun(printed: printed, outcome: .exception(message))
        case .unsupported(let what, let line):
            return ExampleRun(printed: printed, outcome: .notRun(.unsupported, reason: "\(what) (line \(line))"))
        case .budget(let kind, let line):
            return ExampleRun(printed: printed, outcome: .notRun(.budget, reason: "the \(kind.rawValue) budget ran out at line \(line)"))
        case .internalError(let message):
            return ExampleRun(printed: printed, outcome: .notRun(.error, reason: message))
        }
    }
}
