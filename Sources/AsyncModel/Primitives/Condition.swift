import DequeModule

/// `asyncio.Condition` over a `Lock`. `notify(n)` wakes up to `n` waiters in the order they started
/// waiting; a woken `wait()` reacquires the lock before returning, and if it is cancelled while
/// reacquiring it still reacquires, then raises a fresh `CancelledError()`.
public final class Condition {
    /// The run the primitive serves: the one using it now. Like CPython's `_LoopBoundMixin`, a primitive made
    /// outside any loop (at module level) binds to a loop only when it first needs one.
    private let runSource: () -> VirtualRun
    private var run: VirtualRun { runSource() }
    private var binding = LoopBinding()
    private var waiters = Deque<Future>()
    public let lock: Lock

    public convenience init(lock: Lock? = nil, in run: VirtualRun) {
        self.init(lock: lock, following: { run })
    }

    /// A condition that serves whatever run `runSource` returns when it is used.
    public init(lock: Lock? = nil, following runSource: @escaping () -> VirtualRun) {
        self.runSource = runSource
        self.lock = lock ?? Lock(following: runSource)
    }

    /// `condition.locked()`.
    public var isLocked: Bool { lock.isLocked }

    /// `await condition.acquire()`.
    public func acquire() -> NativeCoroutine { lock.acquire() }

    /// `condition.release()`.
    public func release() throws { try lock.release() }

    /// `await condition.wait()`: returns `true`; throws `RuntimeError("cannot wait on un-acquired lock")`.
    public func wait() -> NativeCoroutine {
        NativeCoroutine(name: "Condition.wait") { [self] in
            guard lock.isLocked else { return .raised(AsyncError(.runtime, "cannot wait on un-acquired lock")) }
            do {
                try lock.release()
            } catch {
                return .raised(error)
            }
            let future: Future
            do {
                future = try binding.loop(in: run, owner: "asyncio.locks.Condition")
                    .createFuture(label: "Condition.wait")
            } catch {
                return reacquire(thenFinish: .error(error))
            }
            waiters.append(future)
            return .await(future) { [self] resumption in
                waiters.removeFirst(identicalTo: future)
                switch resumption {
                case .value: return reacquire(thenFinish: .value(true))
                case .error: return reacquire(thenFinish: resumption)
                }
            }
        }
    }

    /// The `finally` of `wait()`: acquire until it succeeds, remembering whether it was cancelled.
    private func reacquire(thenFinish outcome: Resumption, cancelled: Bool = false) -> NativeCoroutine.Next {
        .awaitCoroutine(lock.acquire()) { [self] resumption in
            if case .error(let error) = resumption {
                if isCancellation(error) { return reacquire(thenFinish: outcome, cancelled: true) }
                return .raised(error)
            }
            if cancelled { return .raised(AsyncError.cancelled()) }
            switch outcome {
            case .value(let value): return .returned(value)
            case .error(let error): return .raised(error)
            }
        }
    }

    /// `await condition.wait_for(predicate)`: waits until the predicate holds; returns its last value.
    /// The predicate is the driver's (a Python callable); it may throw.
    public func waitFor(_ predicate: @escaping () throws -> FutureValue, isTrue: @escaping (FutureValue) -> Bool)
        -> NativeCoroutine
    {
        NativeCoroutine(name: "Condition.wait_for") { [self] in
            checkAndWait(predicate, isTrue: isTrue)
        }
    }

    private func checkAndWait(_ predicate: @escaping () throws -> FutureValue, isTrue: @escaping (FutureValue) -> Bool)
        -> NativeCoroutine.Next
    {
        let result: FutureValue
        do {
            result = try predicate()
        } catch {
            return .raised(error)
        }
        if isTrue(result) { return .returned(result) }
        return .awaitCoroutine(wait()) { [self] resumption in
            if case .error(let error) = resumption { return .raised(error) }
            return checkAndWait(predicate, isTrue: isTrue)
        }
    }

    /// `condition.notify(n)`: throws `RuntimeError("cannot notify on un-acquired lock")`.
    public func notify(_ count: Int = 1) throws {
        guard lock.isLocked else { throw AsyncError(.runtime, "cannot notify on un-acquired lock") }
        var woken = 0
        for waiter in waiters {
            if woken >= count { break }
            if !waiter.isDone {
                woken += 1
                waiter.finish(.result(false))
            }
        }
    }

    /// `condition.notify_all()`.
    public func notifyAll() throws { try notify(waiters.count) }
}
