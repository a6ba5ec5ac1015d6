/// One thing that happened in a run, stamped with the run clock. Events are numbered by their position
/// in `Trace.events` (the run's global sequence), which orders events at equal virtual times.
///
/// Big payloads (names, messages, printed text) live in the trace's tables, so an event stays small.
public struct TraceEvent {
    /// Run-clock nanoseconds when the event happened.
    public let timeNanos: Int64
    /// The loop the event belongs to (its `id`), 0 for none (a print or `time.sleep` outside any loop).
    public let loop: Int
    public let kind: Kind

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
        /// A task's step ended; `at` is the driver's source mark of the suspension.
        case stepEnded(task: Int, end: StepEnd, at: SourceMark)
        case taskDone(task: Int, outcome: TaskOutcome)
        /// A timer was scheduled for `deadline` (loop nanoseconds); `timer` is its scheduling sequence.
        case timerScheduled(timer: UInt64, deadline: Int64)
        case timerFired(timer: UInt64)
        case timerCancelled(timer: UInt64)
        /// `time.sleep` held the loop (or, outside any loop, the run) for `nanos`; `task` is the running task.
        case blocked(task: Int?, nanos: Int64)
        /// A line printed; the text and its task are `Trace.prints[index]`.
        case printed(index: Int)
        /// A worker job ran a segment; `future` is the serial of the job's future.
        case workerSegment(future: Int)
        /// The loop reported an exception (never retrieved, or during shutdown): `Trace.reports[index]`.
        case exceptionReported(index: Int)
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
    public let future: Future
    public let error: any Error
}

/// What the trace knows of one task.
public struct TaskRecord {
    public let serial: Int
    public internal(set) var name: String
    public let coroutine: String
    /// The serial of the task that created it, `nil` when created outside any task.
    public let creator: Int?
    public let cause: Task.Cause
    public let loop: Int
    public let createdNanos: Int64
    public internal(set) var firstStepNanos: Int64?
    public internal(set) var doneNanos: Int64?
    public internal(set) var outcome: TraceEvent.TaskOutcome?
    /// `String(describing:)` of the error a task raised.
    public internal(set) var errorDescription: String?
}
