import DequeModule

/// `asyncio.Event`. `set()` wakes every waiter, in the order they started waiting; `wait()` on a set
/// event returns without suspending.
public final class Event {
    /// The run the primitive serves: the one using it now. Like CPython's `_LoopBoundMixin`, a primitive made
    /// outside any loop (at module level) binds to a loop only when it first needs one.
    private let runSource: () -> VirtualRun
    private var run: VirtualRun { runSource() }
    private var binding = LoopBinding()
    private var waiters = Deque<Future>()
    /// `event.is_set()`.
    public private(set) var isSet = false

    public convenience init(in run: VirtualRun) { self.init(following: { run }) }

    /// An event that serves whatever run `runSource` returns when it is used.
    public init(following runSource: @escaping () -> VirtualRun) { self.runSource = runSource }

    /// `event.set()`.
    public func set() {
        guard !isSet else { return }
        isSet = true
        for waiter in waiters where !waiter.isDone { waiter.finish(.result(true)) }
    }

    /// `event.clear()`.
    public func clear() { isSet = false }

    /// `await event.wait()`: returns `true`.
    public func wait() -> NativeCoroutine {
        NativeCoroutine(name: "Event.wait") { [self] in
            if isSet { return .returned(true) }
            let future: Future
            do {
                future = try binding.loop(in: run, owner: "asyncio.locks.Event").createFuture(label: "Event.wait")
            } catch {
                return .raised(error)
            }
            waiters.append(future)
            return .await(future) { [self] resumption in
                waiters.removeFirst(identicalTo: future)
                if case .error(let error) = resumption { return .raised(error) }
                return .returned(true)
            }
        }
    }
}
