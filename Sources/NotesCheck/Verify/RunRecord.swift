/// What one run of a snippet showed, in the terms claims are decided by. Built from PyModel's result and
/// AsyncModel's trace by the session layer; the verifier never sees either directly.
///
/// Times are the run's virtual seconds; `sequence` numbers order events that share a time.
public struct RunRecord: Equatable, Sendable {
    public var lines: [PrintedLine]
    public var virtualSeconds: Double?
    /// The run reached its end (or its own uncaught exception): no budget, no unsupported construct.
    public var completed: Bool
    public var exception: String?
    public var tasks: [TaskSpan]
    public var calls: [CallSpan]
    public var waits: [WaitSpan]
    public var blocking: [BlockingSpan]
    /// Every suspension of every task, on anything (its own children included), in trace order; `line` is the
    /// line of the task's own coroutine where it stood.
    public var suspensions: [WaitSpan]

    public init(lines: [PrintedLine] = [], virtualSeconds: Double? = nil, completed: Bool = true, exception: String? = nil,
                tasks: [TaskSpan] = [], calls: [CallSpan] = [], waits: [WaitSpan] = [], blocking: [BlockingSpan] = [],
                suspensions: [WaitSpan] = []) {
        self.lines = lines
        self.virtualSeconds = virtualSeconds
        self.completed = completed
        self.exception = exception
        self.tasks = tasks
        self.calls = calls
        self.waits = waits
        self.blocking = blocking
        self.suspensions = suspensions
    }

}

public struct PrintedLine: Equatable, Sendable {
    public var text: String
    public var seconds: Double
    public var sequence: Int
    /// The task that printed it (`nil` outside any task).
    public var task: String?

    public init(text: String, seconds: Double, sequence: Int, task: String?) {
        self.text = text
        self.seconds = seconds
        self.sequence = sequence
        self.task = task
    }
}

/// A moment of the run: its virtual time and its place in the trace.
public struct Moment: Equatable, Comparable, Sendable {
    public var seconds: Double
    public var sequence: Int

    public init(seconds: Double, sequence: Int) {
        self.seconds = seconds
        self.sequence = sequence
    }

    public static func < (lhs: Moment, rhs: Moment) -> Bool { lhs.sequence < rhs.sequence }
}

public struct TaskSpan: Equatable, Sendable {
    public enum Outcome: String, Equatable, Sendable { case result, exception, cancelled, pending }

    public var name: String
    /// The coroutine function it runs (`__qualname__`).
    public var coroutine: String
    public var created: Moment
    public var firstStep: Moment?
    public var finished: Moment?
    public var outcome: Outcome
    /// The snippet line of the call that created it, when known.
    public var creationLine: Int?

    public init(name: String, coroutine: String, created: Moment, firstStep: Moment?, finished: Moment?,
                outcome: Outcome, creationLine: Int?) {
        self.name = name
        self.coroutine = coroutine
        self.created = created
        self.firstStep = firstStep
        self.finished = finished
        self.outcome = outcome
        self.creationLine = creationLine
    }
}

/// One coroutine call of a function the snippet defines, from its first step to its return, whether it ran
/// as a task or was awaited inline.
public struct CallSpan: Equatable, Sendable {
    public var function: String
    /// Where the call expression that made the coroutine stands (file line, 1-based UTF-8 column).
    public var line: Int
    public var column: Int
    public var task: String?
    public var start: Moment
    public var end: Moment?

    public init(function: String, line: Int, column: Int, task: String?, start: Moment, end: Moment?) {
        self.function = function
        self.line = line
        self.column = column
        self.task = task
        self.start = start
        self.end = end
    }
}

/// A task suspended on something other than its own children: a timer or outside work (`sleep`, `to_thread`),
/// or — `synchronizing` — another task (a lock, a semaphore, an event, a queue, a condition, a barrier).
public struct WaitSpan: Equatable, Sendable {
    public var task: String
    public var start: Moment
    public var end: Moment
    public var line: Int?
    /// Waiting for another task (a lock, a queue…) is not work of its own: it does not count as running.
    public var synchronizing: Bool

    public init(task: String, start: Moment, end: Moment, line: Int?, synchronizing: Bool = false) {
        self.task = task
        self.start = start
        self.end = end
        self.line = line
        self.synchronizing = synchronizing
    }
}

/// Virtual time that passed inside one step of a task (`time.sleep` in a coroutine): the loop was held.
public struct BlockingSpan: Equatable, Sendable {
    public var task: String?
    public var line: Int?
    public var start: Moment
    public var end: Moment

    public init(task: String?, line: Int?, start: Moment, end: Moment) {
        self.task = task
        self.line = line
        self.start = start
        self.end = end
    }
}
