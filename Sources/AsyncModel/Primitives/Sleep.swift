/// `asyncio.sleep(delay, result)` as a native coroutine (hand-written: it is the hot path).
///
/// `delay <= 0` yields exactly once with no timer (`__sleep0`); otherwise a future completed by a timer at
/// `time() + delay` (`_set_result_unless_cancelled`), and the timer is cancelled when the sleep ends early.
/// The running loop is looked up at the first step, as CPython does.
public final class SleepCoroutine: Coroutine {
    private enum State { case fresh, yieldedOnce, waiting(Handle), finished }

    private let run: VirtualRun
    private let delay: Double
    /// The `result` argument, boxed when it is not `None` (a run may hold 100,000 sleeps).
    private let resultBox: ResultBox?
    private var state = State.fresh
    public var mark: SourceMark

    public init(_ delay: Double, result: FutureValue = (), in run: VirtualRun, mark: SourceMark = .unknown) {
        self.run = run
        self.delay = delay
        self.resultBox = type(of: result) == Void.self ? nil : ResultBox(result)
        self.mark = mark
    }

    public var name: String { "sleep" }

    private var value: FutureValue { resultBox?.value ?? () }

    public func send(_ sent: FutureValue) -> CoroutineStep {
        switch state {
        case .fresh:
            if !(delay > 0) && !delay.isNaN {
                state = .yieldedOnce
                return .yielded(nil, at: mark)
            }
            guard let loop = run.runningLoop else {
                state = .finished
                return .raised(AsyncError(.runtime, "no running event loop"))
            }
            let future = loop.createFuture(label: "sleep")
            let timer = loop.scheduleTimer(.setResultUnlessCancelled(future),
                                           atNanos: loop.nowNanos &+ VirtualTime.nanos(delay))
            state = .waiting(timer)
            return .yielded(future, at: mark)
        case .yieldedOnce:
            state = .finished
            return .returned(value)
        case .waiting(let timer):
            timer.cancel()
            state = .finished
            return .returned(value)
        case .finished:
            return .raised(AsyncError(.runtime, "cannot reuse already awaited coroutine"))
        }
    }

    public func `throw`(_ error: any Error) -> CoroutineStep {
        if case .waiting(let timer) = state { timer.cancel() }
        state = .finished
        return .raised(error)
    }

    public func close() {
        if case .waiting(let timer) = state { timer.cancel() }
        state = .finished
    }
}

/// A value kept out of line.
final class ResultBox {
    let value: FutureValue
    init(_ value: FutureValue) { self.value = value }
}
