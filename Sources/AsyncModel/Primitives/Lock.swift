import DequeModule

/// `asyncio.Lock`. Waiters are woken first-come first-served; a free lock is taken without suspending
/// when no waiter is pending (our rule, and CPython's: `acquire()` on a free lock never yields).
/// Cancelling a waiting `acquire()` passes the wake-up on to the next waiter if the lock is free.
public final class Lock {
    private let run: VirtualRun
    private var binding = LoopBinding()
    private var waiters: Deque<Future>?
    /// `lock.locked()`.
    public private(set) var isLocked = false

    public init(in run: VirtualRun) { self.run = run }

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
