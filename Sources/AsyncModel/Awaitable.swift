/// An argument of `gather`, `wait`, `shield`, `wait_for`...: a future (or task), or a coroutine that the
/// primitive wraps in a task (CPython's `ensure_future`).
public enum Awaitable {
    case future(Future)
    case coroutine(any Coroutine)

    /// The identity `gather` uses to spot the same argument passed twice.
    var identity: ObjectIdentifier {
        switch self {
        case .future(let future): ObjectIdentifier(future)
        case .coroutine(let coroutine): ObjectIdentifier(coroutine)
        }
    }

    /// CPython's `ensure_future`: the future itself, or a new task for the coroutine on `loop`.
    func ensureFuture(on loop: Loop, cause: Task.Cause) -> Future {
        switch self {
        case .future(let future): future
        case .coroutine(let coroutine): loop.createTask(coroutine, cause: cause)
        }
    }

    /// The loop of a future argument, or else the event loop (`getEventLoop`: the running loop, or the
    /// policy's); throws CPython's RuntimeError when there is none.
    static func loop(for items: [Awaitable], in run: VirtualRun) throws -> Loop {
        for item in items {
            if case .future(let future) = item { return future.loop }
        }
        return try run.getEventLoop()
    }
}

extension VirtualRun {
    /// `asyncio.get_running_loop()`: throws `RuntimeError("no running event loop")` outside a loop.
    public func requireRunningLoop() throws -> Loop {
        guard let runningLoop else { throw AsyncError(.runtime, "no running event loop") }
        return runningLoop
    }
}
