/// The structured record of a run: every event in order with its virtual time, plus tables of tasks,
/// printed lines and exception reports. The driver records prints (`recordPrint`); the model records the rest.
///
/// Ordering promise: `events` is in the order things happened; an event's index is its global sequence
/// number, which orders events at equal virtual times. Everything is synchronous and single-threaded.
public final class Trace {
    /// When false, nothing but prints and exception reports is recorded (for benchmarks).
    public let isEnabled: Bool
    public private(set) var events: [TraceEvent] = []
    public private(set) var prints: [PrintRecord] = []
    public private(set) var reports: [ExceptionReport] = []
    public private(set) var tasks: [TaskRecord] = []
    private var futureLabels: [Int: String] = [:]
    /// The source marks of `stepEnded` events: event indices in increasing order, and their marks (kept as
    /// two appended arrays, not a dictionary: a run may end a million steps).
    private var markedEvents: [Int] = []
    private var markValues: [SourceMark] = []
    private var errorDescriptions: [Int: String] = [:]
    private var creationMarks: [Int: SourceMark] = [:]
    /// Where the driver's code stands now (PyModel: the running line); asked when a task is created, so every
    /// task, however it was made, knows the line that made it.
    public var markProvider: (() -> SourceMark)?
    /// Coroutine calls the driver follows, in the order they were made.
    public private(set) var spans: [SpanRecord] = []
    let clock: RunClock

    init(enabled: Bool, clock: RunClock) {
        self.isEnabled = enabled
        self.clock = clock
    }

    // MARK: Recording

    func record(_ kind: TraceEvent.Kind, loop: Loop?) {
        guard isEnabled else { return }
        events.append(TraceEvent(timeNanos: clock.nanos, loop: loop?.id ?? 0, kind: kind))
    }

    /// The running loop's id, 0 when none runs (kept by `VirtualRun`).
    var runningLoopID = 0

    /// Records a printed line, inside a task or not (a print outside any loop has no task and loop 0).
    public func recordPrint(_ text: String, task: Task?) {
        prints.append(PrintRecord(text: text, task: task?.serial, timeNanos: clock.nanos, sequence: events.count))
        events.append(TraceEvent(timeNanos: clock.nanos, loop: runningLoopID, kind: .printed(index: prints.count - 1)))
    }

    /// Opens a span for a coroutine call made at `mark`; returns its index for `startSpan` / `endSpan`.
    public func openSpan(name: String, mark: SourceMark) -> Int? {
        guard isEnabled else { return nil }
        spans.append(SpanRecord(name: name, mark: mark))
        return spans.count - 1
    }

    /// The span's coroutine takes its first step, in `task`.
    public func startSpan(_ index: Int, task: Task?) {
        guard isEnabled, index < spans.count, spans[index].start == nil else { return }
        spans[index].task = task?.serial
        spans[index].start = Stamp(timeNanos: clock.nanos, sequence: events.count)
        events.append(TraceEvent(timeNanos: clock.nanos, loop: runningLoopID, kind: .spanStarted(index: index)))
    }

    /// The span's coroutine returned or raised.
    public func endSpan(_ index: Int) {
        guard isEnabled, index < spans.count, spans[index].start != nil, spans[index].end == nil else { return }
        spans[index].end = Stamp(timeNanos: clock.nanos, sequence: events.count)
        events.append(TraceEvent(timeNanos: clock.nanos, loop: runningLoopID, kind: .spanEnded(index: index)))
    }

    func report(_ report: ExceptionReport, loop: Loop) {
        reports.append(report)
        events.append(TraceEvent(timeNanos: clock.nanos, loop: loop.id, kind: .exceptionReported(index: reports.count - 1)))
    }

    func taskCreated(_ task: Task, cause: Task.Cause) {
        guard isEnabled else { return }
        task.traceIndex = tasks.count
        tasks.append(TaskRecord(
            serial: task.serial, name: task.name, coroutine: task.coroutine.name, creator: task.creatorSerial,
            cause: cause, loop: task.loop.id, createdNanos: clock.nanos))
        if let mark = markProvider?(), mark != .unknown { creationMarks[task.serial] = mark }
        record(.taskCreated(task: task.serial), loop: task.loop)
    }

    func taskRenamed(_ task: Task) {
        guard isEnabled, task.traceIndex >= 0 else { return }
        tasks[task.traceIndex].name = task.name
        record(.taskRenamed(task: task.serial), loop: task.loop)
    }

    func stepStarted(_ task: Task, throwing: Bool) {
        guard isEnabled else { return }
        if !task.hasStarted {
            task.hasStarted = true
            if task.traceIndex >= 0 { tasks[task.traceIndex].firstStepNanos = clock.nanos }
        }
        record(.stepStarted(task: task.serial, throwing: throwing), loop: task.loop)
    }

    func stepEnded(_ task: Task, end: TraceEvent.StepEnd, at mark: SourceMark, on future: Future? = nil) {
        guard isEnabled else { return }
        if let future, futureLabels[future.serial] == nil {
            futureLabels[future.serial] = (future as? Task)?.name ?? future.label
        }
        if mark != .unknown {
            markedEvents.append(events.count)
            markValues.append(mark)
        }
        record(.stepEnded(task: task.serial, end: end), loop: task.loop)
    }

    func taskDone(_ task: Task, outcome: TraceEvent.TaskOutcome, error: (any Error)?) {
        guard isEnabled else { return }
        let index = task.traceIndex
        if index >= 0 {
            tasks[index].doneNanos = clock.nanos
            tasks[index].outcome = outcome
            if let error { errorDescriptions[task.serial] = String(describing: error) }
        }
        record(.taskDone(task: task.serial, outcome: outcome), loop: task.loop)
    }

    // MARK: Queries

    /// The record of the task with this serial.
    public func task(_ serial: Int) -> TaskRecord? {
        var low = 0
        var high = tasks.count
        while low < high {
            let middle = (low + high) / 2
            if tasks[middle].serial < serial { low = middle + 1 } else { high = middle }
        }
        return low < tasks.count && tasks[low].serial == serial ? tasks[low] : nil
    }

    /// The first task with this name (`Task-1`, or a name given at creation).
    public func task(named name: String) -> TaskRecord? {
        tasks.first { $0.name == name }
    }

    /// The driver's source mark of the suspension a `stepEnded` event (by its index) records.
    public func mark(ofEvent index: Int) -> SourceMark {
        var low = 0
        var high = markedEvents.count
        while low < high {
            let middle = (low + high) / 2
            if markedEvents[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < markedEvents.count && markedEvents[low] == index ? markValues[low] : .unknown
    }

    /// Where the driver created the task with this serial, when it said.
    public func creationMark(of task: Int) -> SourceMark? { creationMarks[task] }

    /// `String(describing:)` of the error the task with this serial raised, if it raised one.
    public func errorDescription(of task: Int) -> String? { errorDescriptions[task] }

    /// What the future with this serial was, for a task suspended on it ("sleep", "Queue.get", a task's name).
    public func futureLabel(_ serial: Int) -> String? { futureLabels[serial] }

    /// When the task first ran: the virtual time and sequence number of its first step.
    public func firstRun(of task: Int) -> Stamp? {
        for (index, event) in events.enumerated() {
            if case .stepStarted(task, _) = event.kind { return Stamp(timeNanos: event.timeNanos, sequence: index) }
        }
        return nil
    }

    /// The intervals over which the task's steps were running (a step takes virtual time only when it
    /// blocks the loop), in order.
    public func runningIntervals(of task: Int) -> [Interval] {
        var intervals: [Interval] = []
        var start: Stamp?
        for (index, event) in events.enumerated() {
            switch event.kind {
            case .stepStarted(task, _): start = Stamp(timeNanos: event.timeNanos, sequence: index)
            case .stepEnded(task, _):
                if let begun = start {
                    intervals.append(Interval(start: begun, end: Stamp(timeNanos: event.timeNanos, sequence: index)))
                }
                start = nil
            default: break
            }
        }
        return intervals
    }

    /// The intervals over which the task was suspended (from a step that yielded or waited to the next step).
    public func suspendedIntervals(of task: Int) -> [Interval] {
        var intervals: [Interval] = []
        var start: Stamp?
        for (index, event) in events.enumerated() {
            switch event.kind {
            case .stepEnded(task, let end):
                switch end {
                case .suspended, .yielded: start = Stamp(timeNanos: event.timeNanos, sequence: index)
                case .returned, .raised, .cancelled: start = nil
                }
            case .stepStarted(task, _):
                if let begun = start {
                    intervals.append(Interval(start: begun, end: Stamp(timeNanos: event.timeNanos, sequence: index)))
                }
                start = nil
            default: break
            }
        }
        return intervals
    }

    /// From the task's first step to its completion (`nil` until both happened).
    public func lifetime(of task: Int) -> Interval? {
        guard let first = firstRun(of: task) else { return nil }
        for (index, event) in events.enumerated().dropFirst(first.sequence) {
            if case .taskDone(task, _) = event.kind {
                return Interval(start: first, end: Stamp(timeNanos: event.timeNanos, sequence: index))
            }
        }
        return nil
    }

    /// The lines printed by the task with this serial (`nil`: outside any task), in order.
    public func prints(by task: Int?) -> [PrintRecord] {
        prints.filter { $0.task == task }
    }

    /// The tasks the task with this serial created, in creation order (`cause` says how: gather, wait...).
    public func children(of task: Int) -> [TaskRecord] {
        tasks.filter { $0.creator == task }
    }

    /// The tasks created for a reason (e.g. `.gather`), in creation order.
    public func tasks(createdBy cause: Task.Cause) -> [TaskRecord] {
        tasks.filter { $0.cause == cause }
    }
}

/// A point in a trace: virtual time, and the event's sequence number to order equal times.
public struct Stamp: Hashable, Comparable, Sendable {
    public let timeNanos: Int64
    public let sequence: Int

    public var seconds: Double { VirtualTime.seconds(timeNanos) }

    public static func < (lhs: Stamp, rhs: Stamp) -> Bool { lhs.sequence < rhs.sequence }
}

/// A stretch of a trace between two stamps.
public struct Interval: Hashable, Sendable {
    public let start: Stamp
    public let end: Stamp

    /// Its length in virtual nanoseconds.
    public var nanos: Int64 { end.timeNanos - start.timeNanos }

    /// Whether the two overlap over a positive stretch of virtual time.
    public func overlapsPositively(_ other: Interval) -> Bool {
        min(end.timeNanos, other.end.timeNanos) > max(start.timeNanos, other.start.timeNanos)
    }
}
