import DequeModule

/// `asyncio.Semaphore` (and, with `bounded`, `asyncio.BoundedSemaphore`), as in CPython 3.11.7: a
/// release hands the slot to the first waiter not done (decrementing the value for it), so a later
/// `acquire()` cannot barge in while a woken waiter has yet to run.
public final class Semaphore {
    /// The run the primitive serves: the one using it now. Like CPython's `_LoopBoundMixin`, a primitive made
    /// outside any loop (at module level) binds to a loop only when it first needs one.
    private let runSource: () -> VirtualRun
    private var run: VirtualRun { runSource() }
    private var binding = LoopBinding()
    private var waiters: Deque<Future>?
    /// The counter (`_value`).
    public private(set) var value: Int
    private let bound: Int?

    /// Throws `ValueError("Semaphore initial value must be >= 0")` for a negative value.
    public convenience init(value: Int = 1, bounded: Bool = false, in run: VirtualRun) throws {
        try self.init(value: value, bounded: bounded, following: { run })
    }

    /// A semaphore that serves whatever run `runSource` returns when it is used.
    public init(value: Int = 1, bounded: Bool = false, following runSource: @escaping () -> VirtualRun) throws {
        guard value >= 0 else { throw AsyncError(.value, "Semaphore initial value must be >= 0") }
        self.runSource = runSource
        self.value = value
        self.bound = bounded ? value : nil
    }

    /// `semaphore.locked()`.
    public var isLocked: Bool {
        value == 0 || (waiters?.contains { !$0.isCancelled } ?? false)
    }

    /// `await semaphore.acquire()`: returns `true`.
    public func acquire() -> NativeCoroutine {
        NativeCoroutine(name: "Semaphore.acquire") { [self] in
            if !isLocked {
                value -= 1
                return .returned(true)
            }
            let future: Future
            do {
                future = try binding.loop(in: run, owner: "asyncio.locks.Semaphore")
                    .createFuture(label: "Semaphore.acquire")
            } catch {
                return .raised(error)
            }
            if waiters == nil { waiters = [] }
            waiters?.append(future)
            return .await(future) { [self] resumption in
                waiters?.removeFirst(identicalTo: future)
                if case .error(let error) = resumption {
                    if isCancellation(error) && !future.isCancelled {
                        value += 1
                        wakeUpNext()
                    }
                    return .raised(error)
                }
                if value > 0 { wakeUpNext() }
                return .returned(true)
            }
        }
    }

    /// `semaphore.release()`; a bounded semaphore throws `ValueError("BoundedSemaphore released too many
    /// times")` beyond its initial value.
    public func release() throws {
        if let bound, value >= bound {
            throw AsyncError(.value, "BoundedSemaphore released too many times")
        }
        value += 1
        wakeUpNext()
    }

    private func wakeUpNext() {
        guard let waiters else { return }
        for waiter in waiters where !waiter.isDone {
            value -= 1
            waiter.finish(.result(true))
            return
        }
    }
}
