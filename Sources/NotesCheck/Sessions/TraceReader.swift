import AsyncModel

/// Turns an AsyncModel trace into the run record claims are decided by: printed lines with their time and
/// task, task lifetimes, coroutine calls, waits and blocking spans.
enum TraceReader {
    /// Futures a task waits on that stand for its own children: awaiting them is not waiting on the world.
    static let childLabels: Set<String> = ["gather", "wait", "TaskGroup.__aexit__", "shield", "wait_for", "cancel_and_wait",
                                           "as_completed"]
    /// Futures that stand for another task's doing: waiting on them is synchronisation, not work.
    static let synchronizingLabels: Set<String> = ["Lock.acquire", "Semaphore.acquire", "Event.wait", "Condition.wait",
                                                   "Queue.get", "Queue.put", "Queue.join", "Barrier.wait"]

    static func record(of trace: Trace, completed: Bool, exception: String?, virtualSeconds: Double?) -> RunRecord {
        let names = Dictionary(trace.tasks.map { ($0.serial, $0.name) }, uniquingKeysWith: { first, _ in first })
        let suspended = waits(of: trace, names: names)
        return RunRecord(lines: lines(of: trace, names: names), virtualSeconds: virtualSeconds, completed: completed,
                         exception: exception, tasks: tasks(of: trace), calls: calls(of: trace, names: names),
                         waits: suspended.waits, blocking: blocking(of: trace, names: names),
                         suspensions: suspended.suspensions)
    }

    static func moment(_ nanos: Int64, _ sequence: Int) -> Moment {
        Moment(seconds: VirtualTime.seconds(nanos), sequence: sequence)
    }

    /// The printed lines: the driver records each completed line with the task that completed it.
    static func lines(of trace: Trace, names: [Int: String]) -> [PrintedLine] {
        trace.prints.map { print in
            PrintedLine(text: print.text, seconds: VirtualTime.seconds(print.timeNanos), sequence: print.sequence,
                        task: print.task.flatMap { names[$0] })
        }
    }

    static func tasks(of trace: Trace) -> [TaskSpan] {
        let sequences = eventSequences(of: trace)
        return trace.tasks.map { task in
            let outcome: TaskSpan.Outcome
            switch task.outcome {
            case .returned: outcome = .result
            case .raised: outcome = .exception
            case .cancelled: outcome = .cancelled
            case nil: outcome = .pending
            }
            return TaskSpan(
                name: task.name, coroutine: task.coroutine,
                created: moment(task.createdNanos, sequences.created[task.serial] ?? 0),
                firstStep: task.firstStepNanos.map { moment($0, sequences.firstStep[task.serial] ?? 0) },
                finished: task.doneNanos.map { moment($0, sequences.done[task.serial] ?? 0) },
                outcome: outcome, creationLine: trace.creationMark(of: task.serial).map { $0.line })
        }
    }

    private static func eventSequences(of trace: Trace) -> (created: [Int: Int], firstStep: [Int: Int], done: [Int: Int]) {
        var created: [Int: Int] = [:], firstStep: [Int: Int] = [:], done: [Int: Int] = [:]
        for (sequence, event) in trace.events.enumerated() {
            switch event.kind {
            case .taskCreated(let task): created[task] = sequence
            case .stepStarted(let task, _): if firstStep[task] == nil { firstStep[task] = sequence }
            case .taskDone(let task, _): done[task] = sequence
            default: break
            }
        }
        return (created, firstStep, done)
    }

    /// A task suspended on a future, until its next step: `waits` are the suspensions on a future that is not one
    /// of the task's children, `suspensions` all of them. One pass over the trace reads both.
    static func waits(of trace: Trace, names: [Int: String]) -> (waits: [WaitSpan], suspensions: [WaitSpan]) {
        typealias Open = (start: Moment, line: Int?, synchronizing: Bool)
        var openWaits: [Int: Open] = [:]
        var openSuspensions: [Int: Open] = [:]
        var waits: [WaitSpan] = []
        var suspensions: [WaitSpan] = []
        func span(_ wait: Open, task: Int, end: Moment) -> WaitSpan {
            WaitSpan(task: names[task] ?? "Task", start: wait.start, end: end, line: wait.line, synchronizing: wait.synchronizing)
        }
        for (sequence, event) in trace.events.enumerated() {
            switch event.kind {
            case .stepEnded(let task, .suspended(let future)):
                let label = trace.futureLabel(future) ?? ""
                let isChild = trace.task(future) != nil || childLabels.contains(label)
                let mark = trace.mark(ofEvent: sequence)
                let wait: Open = (moment(event.timeNanos, sequence), mark.line > 0 ? mark.line : nil, synchronizingLabels.contains(label))
                openSuspensions[task] = wait
                if !isChild { openWaits[task] = wait }
            case .stepStarted(let task, _), .taskDone(let task, _):
                let end = moment(event.timeNanos, sequence)
                if let wait = openWaits.removeValue(forKey: task) { waits.append(span(wait, task: task, end: end)) }
                if let wait = openSuspensions.removeValue(forKey: task) { suspensions.append(span(wait, task: task, end: end)) }
            default:
                break
            }
        }
        return (waits, suspensions)
    }

    /// `time.sleep` inside a task's step: the loop held for its duration.
    static func blocking(of trace: Trace, names: [Int: String]) -> [BlockingSpan] {
        var spans: [BlockingSpan] = []
        for (sequence, event) in trace.events.enumerated() {
            guard case .blocked(let nanos, let task) = event.kind, event.loop != 0, nanos > 0 else { continue }
            let name: String? = task.flatMap { names[$0] }
            spans.append(BlockingSpan(task: name, line: nil, start: moment(event.timeNanos, sequence),
                                      end: moment(event.timeNanos + nanos, sequence)))
        }
        return spans
    }

    /// Coroutine calls of the snippet's functions, from their first step to their return.
    static func calls(of trace: Trace, names: [Int: String]) -> [CallSpan] {
        trace.spans.compactMap { span in
            guard let start = span.start else { return nil }
            return CallSpan(function: span.name, line: span.mark.line, column: span.mark.column,
                            task: span.task.flatMap { names[$0] }, start: moment(start.timeNanos, start.sequence),
                            end: span.end.map { moment($0.timeNanos, $0.sequence) })
        }
    }
}
