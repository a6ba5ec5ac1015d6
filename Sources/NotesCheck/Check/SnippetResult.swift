/// How a snippet's run ended, as the JSON report names it (see DESIGN.md, "JSON report").
public enum SnippetStatus: String, Codable, CaseIterable, Sendable {
    /// It ran to the end, or to an uncaught exception of its own (then in `exception`).
    case ran
    /// It cannot run on its own (a name nobody defines, REPL output pasted as code).
    case fragment
    /// A construct the sandbox refuses or the model lacks.
    case unsupported
    /// A step, time, depth or size budget stopped it.
    case budget
    /// The checker failed: a bug of ours.
    case error
    /// It was not run.
    case skipped
}

/// How a snippet was entered, by the session rules of DESIGN.md.
public enum SnippetEntry: String, Codable, CaseIterable, Sendable {
    case own
    case rerun
    case implicit
    case topLevelAwait = "top-level-await"
    case none
}

/// One asyncio task of a run, in virtual seconds from the start of the run.
public struct TaskRecord: Equatable, Sendable {
    public var name: String
    public var coroutine: String
    public var created: Double
    /// `nil` when the task never finished.
    public var finished: Double?

    public init(name: String, coroutine: String, created: Double, finished: Double?) {
        self.name = name
        self.coroutine = coroutine
        self.created = created
        self.finished = finished
    }
}

/// What running one snippet produced.
public struct SnippetResult: Equatable, Sendable {
    /// The fenced block that was (or was not) run.
    public var fence: FencedCode
    public var status: SnippetStatus
    public var entry: SnippetEntry
    /// Printed lines, in order.
    public var stdout: [String]
    /// Virtual loop time, rounded to 6 decimals; `nil` when the run made no event loop.
    public var virtualSeconds: Double?
    /// `"Type: message"` of the snippet's own uncaught exception, or why it could not run.
    public var exception: String?
    /// Tasks in creation order.
    public var tasks: [TaskRecord]

    public init(
        fence: FencedCode, status: SnippetStatus, entry: SnippetEntry, stdout: [String] = [],
        virtualSeconds: Double? = nil, exception: String? = nil, tasks: [TaskRecord] = []
    ) {
        self.fence = fence
        self.status = status
        self.entry = entry
        self.stdout = stdout
        self.virtualSeconds = virtualSeconds
        self.exception = exception
        self.tasks = tasks
    }
}
