/// A readable dump of a trace, one line per event, for golden tests and debugging:
/// `<run seconds, 6 decimals> L<loop> <event>`, tasks by name.
extension Trace {
    public func dump() -> [String] {
        events.map { event in
            let time = VirtualTime.seconds(event.timeNanos)
            return "\(formatSeconds(time)) L\(event.loop) \(describe(event.kind))"
        }
    }

    private func taskName(_ serial: Int) -> String { task(serial)?.name ?? "#\(serial)" }

    private func describe(_ kind: TraceEvent.Kind) -> String {
        switch kind {
        case .loopCreated: return "loop created"
        case .loopClosed: return "loop closed"
        case .iteration(let ready): return "iteration (\(ready) ready)"
        case .clockJumped(let to): return "clock jumps to \(formatSeconds(VirtualTime.seconds(to)))"
        case .taskCreated(let serial):
            guard let record = task(serial) else { return "task #\(serial) created" }
            let creator = record.creator.map { " by \(taskName($0))" } ?? ""
            return "\(record.name) created (\(record.coroutine), \(record.cause.rawValue))\(creator)"
        case .taskRenamed(let serial): return "renamed to \(taskName(serial))"
        case .cancelRequested(let serial): return "\(taskName(serial)) cancel requested"
        case .stepStarted(let serial, let throwing): return "\(taskName(serial)) step\(throwing ? " (throw)" : "")"
        case .stepEnded(let serial, let end):
            switch end {
            case .suspended(let future): return "\(taskName(serial)) waits on \(futureLabel(future) ?? "#\(future)")"
            case .yielded: return "\(taskName(serial)) yields"
            case .returned: return "\(taskName(serial)) returns"
            case .raised: return "\(taskName(serial)) raises"
            case .cancelled: return "\(taskName(serial)) ends cancelled"
            }
        case .taskDone(let serial, let outcome): return "\(taskName(serial)) done (\(outcome))"
        case .timerScheduled(let timer, let deadline):
            return "timer \(timer) scheduled at \(formatSeconds(VirtualTime.seconds(deadline)))"
        case .timerFired(let timer): return "timer \(timer) fires"
        case .timerCancelled(let timer): return "timer \(timer) cancelled"
        case .blocked(let nanos, let serial):
            let who = serial.map(taskName) ?? "the run"
            return "\(who) blocks for \(formatSeconds(VirtualTime.seconds(nanos)))"
        case .printed(let index): return "print \(prints[index].task.map(taskName) ?? "-"): \(prints[index].text)"
        case .workerSegment(let future): return "worker runs job #\(future)"
        case .exceptionReported(let index): return "report: \(reports[index].message)"
        case .spanStarted(let index): return "call \(spans[index].name) (line \(spans[index].mark.line)) starts"
        case .spanEnded(let index): return "call \(spans[index].name) (line \(spans[index].mark.line)) ends"
        }
    }
}

/// Seconds with six decimals, without Foundation.
func formatSeconds(_ seconds: Double) -> String {
    let micros = Int64((abs(seconds) * 1e6).rounded())
    let fraction = String(micros % 1_000_000)
    let sign = seconds < 0 ? "-" : ""
    return "\(sign)\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
}
