import DequeModule

/// `asyncio.Lock`. Waiters are woken first-come first-served; a free lock is taken without suspending
/// when no waiter is pending (our rule, and CPython's: `acquire()` on a free lock never yields).
/// Cancelling a waiting `acquire()` passes the wake-up on to the next waiter if the lock is free.
public final class Lock {
    /// The run the primitive serves: the one using it now. Like CPython's `_LoopBoundMixin`, a primitive made
    /// outside any loop (at module level) binds to a loop only when it first needs one.
    private let runSource: () -> VirtualRun
    private var run: VirtualRun { runSource() }
    private var binding = LoopBinding()
    private var waiters: Deque<Future>?
    /// `lock.locked()`.
    public private(set) var isLocked = false

    public convenience init(in run: VirtualRun) { self.init(following: { run }) }

    /// A lock that serves whatever run `runSource` returns when it is used.
    public init(following runSource: @escaping () -> VirtualRun) { self.runSource = runSource }

    /// `await lock.acquire()`: returns `true`.
    public func acquire() -> NativeCoroutine {
        NativeCoroutine(name: "Lock.acquire") { [self] in
            if !isLocked && (waiters?.allSatisfy(\.isCancelled) ?? true) {
                isLocked = true
                return .returned(true)
            }
            let future: Future
            do {
                future = try binding.loop(in: run, owner: "asyncio.locks.Lock").createFuture(label: "Lock.acquire")
            } catch {
                return .raised(error)
            }
            if waiters == nil { waiters = [] }
            waiters?.append(future)
            return .await(future) { [self] resumption in
                waiters?.removeFirst(identicalTo: future)
                if case .error(let error) = resumption {
                    if isCancellation(error) && !isLocked { wakeUpFirst() }
                    return .raised(error)
                }
                isLocked = true
                return .returned(true)
            }
        }
    }

    /// `lock.release()`: throws `RuntimeError("Lock is not acquired.")` when not locked.
    public func release() throws {
        guard isLocked else { throw AsyncError(.runtime, "Lock is not acquired.") }
        isLocked = false
        wakeUpFirst()
    }

    private func wakeUpFirst() {
        guard let first = waiters?.first, !first.isDone else { return }
        first.finish(.result(true))
    }

    /// The number of waiting `acquire()` calls.
    public var waiterCount: Int { waiters?.count ?? 0 }
}
