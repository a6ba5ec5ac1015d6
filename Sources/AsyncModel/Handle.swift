/// A callback queued on a `Loop`: CPython's `asyncio.Handle` (from `call_soon`) or `TimerHandle`
/// (from `call_later` / `call_at`, which then has a deadline).
///
/// A handle runs at most once, on its loop, and not at all once cancelled. Everything is synchronous
/// and single-threaded.
public final class Handle {
    /// What running a callback does. The task cases avoid a closure allocation on the hot path, and
    /// internal callbacks sit in the ready queue as bare actions, without a `Handle` object.
    enum Action {
        case call(() -> Void)
        case stepTask(Task, (any Error)?)
        case wakeTask(Task, Future)
        case doneCallback((Future) -> Void, Future)
        /// `futures._set_result_unless_cancelled(future, None)` (a sleep's timer).
        case setResultUnlessCancelled(Future)

        func run() {
            switch self {
            case .call(let body): body()
            case .stepTask(let task, let error): task.step(error.map(Resumption.error) ?? .value(()))
            case .wakeTask(let task, let future): task.wakeUp(on: future)
            case .doneCallback(let body, let future): body(future)
            case .setResultUnlessCancelled(let future):
                if !future.isCancelled { future.finish(.result(())) }
            }
        }
    }

    var action: Action
    private let storedWhen: Int64
    /// The scheduling sequence number of a timer handle (it breaks deadline ties: first scheduled, first
    /// fired); 0 for a `call_soon` handle.
    let sequence: UInt64
    public private(set) var isCancelled = false
    /// Whether a timer handle still sits in the loop's timer heap.
    var isScheduled: Bool
    let loop: Loop

    init(_ action: Action, loop: Loop, whenNanos: Int64 = 0, sequence: UInt64 = 0) {
        self.action = action
        self.loop = loop
        self.storedWhen = whenNanos
        self.sequence = sequence
        self.isScheduled = sequence != 0
    }

    /// The deadline in loop nanoseconds for a timer handle, `nil` for a `call_soon` handle.
    public var whenNanos: Int64? { sequence == 0 ? nil : storedWhen }

    /// The deadline in loop seconds (`TimerHandle.when()`), `nil` for a `call_soon` handle.
    public var when: Double? { whenNanos.map(VirtualTime.seconds) }

    /// Cancels the handle: it will not run. Cancelling twice, or after it ran, does nothing.
    public func cancel() {
        guard !isCancelled else { return }
        isCancelled = true
        action = .call({})
        if isScheduled {
            loop.trace.record(.timerCancelled(timer: sequence), loop: loop)
            loop.timerCancelled()
        }
    }

    func run() {
        action.run()
    }
}
