/// Runs one planned fence on the model. PyModel's interpreter implements it; the engine only plans and reads.
public protocol FenceRunner {
    func run(_ plan: PlannedRun, fileName: String) -> FenceRun
}

/// What one fence's run produced: the report's view (status, output, time, tasks) and the claims' view.
public struct FenceRun: Equatable, Sendable {
    public var status: SnippetStatus
    public var stdout: [String]
    public var virtualSeconds: Double?
    /// The snippet's own uncaught exception, or why it could not run (unsupported construct, budget, fragment).
    public var exception: String?
    public var tasks: [TaskRecord]
    public var record: RunRecord

    public init(status: SnippetStatus, stdout: [String], virtualSeconds: Double?, exception: String?, tasks: [TaskRecord], record: RunRecord) {
        self.status = status
        self.stdout = stdout
        self.virtualSeconds = virtualSeconds
        self.exception = exception
        self.tasks = tasks
        self.record = record
    }
}

/// Runs keyed by their plan, so a second check of an edited file re-runs only fences whose session code
/// changed. One cache serves one engine; it is not shared across threads (nothing here is concurrent).
public final class RunCache {
    private struct Key: Hashable {
        var plan: PlannedRun
        var fileName: String
    }

    private var runs: [Key: FenceRun] = [:]

    public init() {}

    public func run(_ plan: PlannedRun, fileName: String, on runner: FenceRunner) -> FenceRun {
        let key = Key(plan: plan, fileName: fileName)
        if let cached = runs[key] { return cached }
        let run = runner.run(plan, fileName: fileName)
        runs[key] = run
        return run
    }

}
