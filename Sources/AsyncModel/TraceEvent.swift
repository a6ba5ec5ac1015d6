/// One thing that happened in a run, stamped with the run clock. Events are numbered by their position
/// in `Trace.events` (the run's global sequence), which orders events at equal virtual times.
///
/// Big payloads (names, messages, printed text) live in the trace's tables, so an event stays small.
public struct TraceEvent {
    /// Run-clock nanoseconds when the event happened.
    public let timeNanos: Int64
    public let kind: Kind
    private let loopNumber: Int32

    /// The loop the event belongs to (its `id`), 0 for none (a print or `time.sleep` outside any loop).
    public var loop: Int { Int(loopNumber) }

    init(timeNanos: Int64, loop: Int, kind: Kind) {
        self.timeNanos = timeNanos
        self.kind = kind
        self.loopNumber = Int32(clamping: loop)
    }

    public enum Kind {
        case loopCreated
        case loopClosed
        /// One `_run_once` that ran `ready` handles (cancelled ones included).
        case iteration(ready: Int)
        /// Nothing was ready: the clock jumped to the earliest deadline (`to` in loop nanoseconds).
        case clockJumped(to: Int64)
        /// A task was created; its details are `Trace.task(task)`.
        case taskCreated(task: Int)
        case taskRenamed(task: Int)
        case cancelRequested(task: Int)
        /// A task's step began: with `send` (`throwing` false) or `throw`.
        case stepStarted(task: Int, throwing: Bool)
        /// A task's step ended; `Trace.mark(ofEvent:)` gives the driver's source mark of a suspension.
        case stepEnded(task: Int, end: StepEnd)
        case taskDone(task: Int, outcome: TaskOutcome)
        /// A timer was scheduled for `deadline` (loop nanoseconds); `timer` is its scheduling sequence.
        case timerScheduled(timer: UInt64, deadline: Int64)
        case timerFired(timer: UInt64)
        case timerCancelled(timer: UInt64)
        /// `time.sleep` held the loop (or, outside any loop, the run) for `nanos`; `task` is the running task.
        case blocked(nanos: Int64, task: Int?)
        /// A line printed; the text and its task are `Trace.prints[index]`.
        case printed(index: Int)
        /// A worker job ran a segment; `future` is the serial of the job's future.
        case workerSegment(future: Int)
        /// The loop reported an exception (never retrieved, or during shutdown): `Trace.reports[index]`.
        case exceptionReported(index: Int)
        /// A coroutine call the driver follows took its first step: `Trace.spans[index]`.
        case spanStarted(index: Int)
        /// That call returned or raised.
        case spanEnded(index: Int)
    }

    /// How a task's step ended.
    public enum StepEnd: Equatable {
        /// Suspended on the future with this serial (`Trace.futureLabel(_:)` says what it was).
        case suspended(on: Int)
        /// A bare yield (`sleep(0)`): the task steps again next iteration.
        case yielded
        case returned
        case raised
        case cancelled
    }

    /// How a task ended.
    public enum TaskOutcome: Equatable {
        case returned
        case raised
        case cancelled
    }
}

/// A printed line with its task (`nil` outside any task) and when it was printed.
public struct PrintRecord {
    public let text: String
    public let task: Int?
    public let timeNanos: Int64
    /// The event's position in `Trace.events`.
    public let sequence: Int
}

/// A message the loop's exception handler would log to stderr (CPython: "Task exception was never
/// retrieved", "unhandled exception during asyncio.run() shutdown"); the driver prints it.
public struct ExceptionReport {
    public let message: String
    /// The future or task the report is about (`nil` for a callback that raised).
    public let future: Future?
    public let error: any Error
}

/// What the trace knows of one task. (Stored compactly: a run may hold 100,000 of them.)
public struct TaskRecord {
    public let serial: Int
    public internal(set) var name: String
    public let coroutine: String
    public let createdNanos: Int64
    private var storedFirstStep: Int64 = -1
    private var storedDone: Int64 = -1
    private let storedCreator: Int32
    private let storedLoop: Int32
    public let cause: Task.Cause
    public internal(set) var outcome: TraceEvent.TaskOutcome?

    init(serial: Int, name: String, coroutine: String, creator: Int?, cause: Task.Cause, loop: Int, createdNanos: Int64) {
        self.serial = serial
        self.name = name
        self.coroutine = coroutine
        self.storedCreator = Int32(clamping: creator ?? -1)
        self.cause = cause
        self.storedLoop = Int32(clamping: loop)
        self.createdNanos = createdNanos
    }

    /// The serial of the task that created it, `nil` when created outside any task.
    public var creator: Int? { storedCreator < 0 ? nil : Int(storedCreator) }
    public var loop: Int { Int(storedLoop) }

    /// When its first step began, `nil` before.
    public internal(set) var firstStepNanos: Int64? {
        get { storedFirstStep < 0 ? nil : storedFirstStep }
        set { storedFirstStep = newValue ?? -1 }
    }

    /// When it completed, `nil` before.
    public internal(set) var doneNanos: Int64? {
        get { storedDone < 0 ? nil : storedDone }
        set { storedDone = newValue ?? -1 }
    }
}

/// One coroutine call a driver follows (PyModel: every Python coroutine), from its first step to its end,
/// whether it ran as a task's own coroutine or was awaited inline by another coroutine.
public struct SpanRecord {
    /// The coroutine's name (`__qualname__`).
    public let name: String
    /// Where the call that made the coroutine stands.
    public let mark: SourceMark
    /// The serial of the task it ran in.
    public internal(set) var task: Int?
    public internal(set) var start: Stamp?
    public internal(set) var end: Stamp?
}
