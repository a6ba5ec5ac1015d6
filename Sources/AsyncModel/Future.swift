/// CPython's `asyncio.Future`: a value that completes once, on one loop.
///
/// Ordering promise: completion never runs a done callback inline; each callback is scheduled with
/// `call_soon` on the future's loop, in the order the callbacks were added, so a waiting task resumes one
/// loop iteration after the completion at the earliest. Everything is synchronous and single-threaded.
public class Future {
    /// CPython's `_state`.
    public enum State: String, Sendable {
        case pending = "PENDING"
        case cancelled = "CANCELLED"
        case finished = "FINISHED"
    }

    enum Outcome {
        case pending
        case result(FutureValue)
        case failure(any Error)
        /// `message` is `_cancel_message`; `original` is a task's `_cancelled_exc`, handed out once.
        case cancelled(message: String?, original: (any Error)?)
    }

    enum DoneCallback {
        case wakeup(Task)
        case call(CallbackBox)
    }

    /// A callback added with `addDoneCallback`, kept out of line so a future stays small.
    final class CallbackBox {
        let key: AnyObject?
        let body: (Future) -> Void

        init(key: AnyObject?, body: @escaping (Future) -> Void) {
            self.key = key
            self.body = body
        }
    }

    /// The loop the future belongs to.
    public let loop: Loop
    /// What the future stands for in the trace ("sleep", "gather", "Queue.get", a task's name...).
    public let label: String
    /// A number unique within the run, in creation order; tasks and futures share the sequence.
    public let serial: Int
    /// The driver's wrapper object for this future (PyModel keeps one Python object per future here).
    public weak var host: AnyObject?

    var outcome: Outcome = .pending
    /// CPython's `__log_traceback`: an exception was set and nobody has looked at it yet.
    var exceptionUnretrieved = false
    /// The done callbacks in the order added: the first inline (most futures have exactly one waiter),
    /// the rest in an array.
    private var firstCallback: DoneCallback?
    private var moreCallbacks: [DoneCallback] = []

    init(loop: Loop, label: String, serial: Int) {
        self.loop = loop
        self.label = label
        self.serial = serial
    }

    /// A plain future (`loop.create_future()`).
    public convenience init(loop: Loop, label: String = "Future") {
        self.init(loop: loop, label: label, serial: loop.run.nextSerial())
    }

    public var state: State {
        switch outcome {
        case .pending: .pending
        case .cancelled: .cancelled
        case .result, .failure: .finished
        }
    }

    public var isDone: Bool {
        if case .pending = outcome { return false }
        return true
    }

    public var isCancelled: Bool {
        if case .cancelled = outcome { return true }
        return false
    }

    /// The message given to `cancel(msg)`, while cancelled.
    public var cancelMessage: String? {
        if case .cancelled(let message, _) = outcome { return message }
        return nil
    }

    /// `future.result()`: the value; throws the exception set, a cancellation error when cancelled, or
    /// `InvalidStateError("Result is not ready.")` while pending.
    public func result() throws -> FutureValue {
        switch outcome {
        case .pending: throw AsyncError(.invalidState, "Result is not ready.")
        case .cancelled: throw makeCancelledError()
        case .failure(let error):
            exceptionUnretrieved = false
            throw error
        case .result(let value): return value
        }
    }

    /// `future.exception()`: the exception set or `nil`; throws a cancellation error when cancelled and
    /// `InvalidStateError("Exception is not set.")` while pending.
    public func exception() throws -> (any Error)? {
        switch outcome {
        case .pending: throw AsyncError(.invalidState, "Exception is not set.")
        case .cancelled: throw makeCancelledError()
        case .failure(let error):
            exceptionUnretrieved = false
            return error
        case .result: return nil
        }
    }

    /// CPython's `_make_cancelled_error`: a task's original cancellation error the first time, then a
    /// fresh `CancelledError(message)`.
    func makeCancelledError() -> any Error {
        guard case .cancelled(let message, let original) = outcome else { return AsyncError.cancelled() }
        if let original {
            outcome = .cancelled(message: message, original: nil)
            return original
        }
        return AsyncError.cancelled(message)
    }

    /// `future.set_result(value)`; throws `InvalidStateError` when already done (its message is the state;
    /// CPython appends the future's repr).
    public func setResult(_ value: FutureValue) throws {
        guard !isDone else { throw AsyncError(.invalidState, state.rawValue) }
        finish(.result(value))
    }

    /// `future.set_exception(error)`; throws `InvalidStateError` when already done.
    public func setException(_ error: any Error) throws {
        guard !isDone else { throw AsyncError(.invalidState, state.rawValue) }
        finish(.failure(error))
    }

    /// `future.cancel(msg)`: false when already done. Tasks override it with `Task.cancel`'s semantics.
    @discardableResult
    public func cancel(message: String? = nil) -> Bool {
        cancelFuture(message: message, original: nil)
    }

    /// `Future.cancel` itself, which a task reaches through `super().cancel()`.
    @discardableResult
    final func cancelFuture(message: String?, original: (any Error)?) -> Bool {
        exceptionUnretrieved = false
        guard !isDone else { return false }
        finish(.cancelled(message: message, original: original))
        return true
    }

    /// Completes a pending future and schedules its callbacks.
    final func finish(_ result: Outcome) {
        outcome = result
        if case .failure = result {
            exceptionUnretrieved = true
            loop.noteFailed(self)
        }
        didFinish()
        guard let first = firstCallback else { return }
        firstCallback = nil
        schedule(first)
        guard !moreCallbacks.isEmpty else { return }
        let more = moreCallbacks
        moreCallbacks.removeAll()
        for callback in more { schedule(callback) }
    }

    private func schedule(_ callback: DoneCallback) {
        switch callback {
        case .wakeup(let task): loop.schedule(.wakeTask(task, self))
        case .call(let box): loop.schedule(.doneCallback(box.body, self))
        }
    }

    private func append(_ callback: DoneCallback) {
        if firstCallback == nil {
            firstCallback = callback
        } else {
            moreCallbacks.append(callback)
        }
    }

    /// Removes the callbacks `matches` selects, keeping the others in order; returns how many.
    private func removeCallbacks(where matches: (DoneCallback) -> Bool) -> Int {
        var kept: [DoneCallback] = []
        var removed = 0
        for callback in allCallbacks {
            if matches(callback) {
                removed += 1
            } else {
                kept.append(callback)
            }
        }
        guard removed > 0 else { return 0 }
        firstCallback = kept.first
        moreCallbacks = Array(kept.dropFirst())
        return removed
    }

    private var allCallbacks: [DoneCallback] {
        guard let firstCallback else { return [] }
        return [firstCallback] + moreCallbacks
    }

    /// A hook for subclasses, run once when the future completes, before its callbacks are scheduled.
    func didFinish() {}

    /// `add_done_callback(fn)`: scheduled with `call_soon` when the future completes (at once if it is
    /// done already). `key` identifies the callback for `removeDoneCallbacks`.
    public func addDoneCallback(key: AnyObject? = nil, _ body: @escaping (Future) -> Void) {
        if isDone {
            loop.schedule(.doneCallback(body, self))
        } else {
            append(.call(CallbackBox(key: key, body: body)))
        }
    }

    func addWakeup(_ task: Task) {
        if isDone {
            loop.schedule(.wakeTask(task, self))
        } else {
            append(.wakeup(task))
        }
    }

    /// `remove_done_callback(fn)`: removes every callback whose key matches; returns how many.
    @discardableResult
    public func removeDoneCallbacks(where matches: (AnyObject?) -> Bool) -> Int {
        removeCallbacks { callback in
            if case .call(let box) = callback { return matches(box.key) }
            return false
        }
    }

    /// Removes the callbacks added with exactly this key object.
    @discardableResult
    public func removeDoneCallbacks(key: AnyObject) -> Int {
        removeDoneCallbacks { $0 === key }
    }

    /// Whose each waiting done callback is, in the order added (what a future's repr lists as `cb=[...]`).
    public enum CallbackOwner {
        /// A task waiting on the future (CPython's `Task.task_wakeup`).
        case taskWakeup
        /// A callback added with `addDoneCallback(key:)`; `nil` for the model's own (gather, wait, TaskGroup...).
        case key(AnyObject?)
    }

    /// The owners of the waiting done callbacks, in order.
    public var doneCallbackOwners: [CallbackOwner] {
        allCallbacks.map { callback in
            switch callback {
            case .wakeup: return .taskWakeup
            case .call(let box): return .key(box.key)
            }
        }
    }

    /// How many done callbacks are waiting.
    public var doneCallbackCount: Int { firstCallback == nil ? 0 : 1 + moreCallbacks.count }
}
