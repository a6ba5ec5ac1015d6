/// A callback queued on a `Loop`: CPython's `asyncio.Handle` (from `call_soon`) or `TimerHandle`
/// (from `call_later` / `call_at`, which then has a deadline).
///
/// A handle runs at most once, on its loop, and not at all once cancelled. Everything is synchronous
/// and single-threaded.
public final class Handle {
    /// What running the handle does. The task cases avoid a closure allocation on the hot path.
    enum Action {
        case call(() -> Void)
        case stepTask(Task, (any Error)?)
        case wakeTask(Task, Future)
        case doneCallback((Future) -> Void, Future)
        case setResultUnlessCancelled(Future, FutureValue)
    }

    var action: Action
    /// The deadline in loop nanoseconds for a timer handle, `nil` for a `call_soon` handle.
    public let whenNanos: Int64?
    /// The scheduling sequence number of a timer handle (it breaks deadline ties: first scheduled, first fired).
    let sequence: UInt64
    public private(set) var isCancelled = false
    /// Whether a timer handle still sits in the loop's timer heap.
    var isScheduled: Bool
    unowned let loop: Loop

    init(_ action: Action, loop: Loop, whenNanos: Int64? = nil, sequence: UInt64 = 0) {
        self.action = action
        self.loop = loop
        self.whenNanos = whenNanos
        self.sequence = sequence
        self.isScheduled = whenNanos != nil
    }

    /// The deadline in loop seconds (`TimerHandle.when()`), `nil` for a `call_soon` handle.
    public var when: Double? { whenNanos.map(VirtualTime.seconds) }

    /// Cancels the handle: it will not run. Cancelling twice, or after it ran, does nothing.
    public func cancel() {
        guard !isCancelled else { return }
        isCancelled = true
        action = .call({})
        if isScheduled { loop.trace.record(.timerCancelled(timer: sequence), loop: loop) }
    }

    func run() {
        switch action {
        case .call(let body): body()
        case .stepTask(let task, let error): task.step(error.map(Resumption.error) ?? .value(()))
        case .wakeTask(let task, let future): task.wakeUp(on: future)
        case .doneCallback(let body, let future): body(future)
        case .setResultUnlessCancelled(let future, let value):
            if !future.isCancelled { future.finish(.result(value)) }
        }
    }
}
