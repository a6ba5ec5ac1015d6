extension VirtualRun {
    /// `asyncio.as_completed(aws, timeout=...)`, called when the driver first advances the generator (the
    /// tasks are created then, as in CPython). Returns one `_wait_for_one` coroutine per distinct argument:
    /// each returns the result (or raises the error) of the next future to complete, or raises
    /// `TimeoutError` once the timeout passed. Our rule: tasks are created in argument order (CPython
    /// iterates a set).
    public func asCompleted(_ items: [Awaitable], timeout: Double? = nil) throws -> [NativeCoroutine] {
        let loop = try Awaitable.loop(for: items, in: self)
        var todo: [Future] = []
        var seen = Set<ObjectIdentifier>()
        for item in items where seen.insert(item.identity).inserted {
            todo.append(item.ensureFuture(on: loop, cause: .asCompleted))
        }
        let done = AsyncQueue(in: self)
        var timer: Handle?
        let key = WaitKey()
        for future in todo {
            future.addDoneCallback(key: key) { finished in
                guard let index = todo.firstIndex(where: { $0 === finished }) else { return }
                todo.remove(at: index)
                try? done.putNowait(finished)
                if todo.isEmpty { timer?.cancel() }
            }
        }
        let count = todo.count
        if !todo.isEmpty, let timeout {
            timer = loop.scheduleTimer(.call {
                for future in todo {
                    future.removeDoneCallbacks(key: key)
                    try? done.putNowait(AsCompletedTimeout())
                }
                todo.removeAll()
            }, atNanos: loop.nowNanos &+ VirtualTime.nanos(timeout))
        }
        return (0..<count).map { _ in
            NativeCoroutine(name: "as_completed.<locals>._wait_for_one") {
                .awaitCoroutine(done.get()) { resumption in
                    guard case .value(let value) = resumption else { return Self.finish(resumption) }
                    guard let future = value as? Future else { return .raised(AsyncError(.timeout)) }
                    return Self.finish(Resumption(of: future))
                }
            }
        }
    }
}

/// The dummy `None` that `as_completed` queues on timeout.
private struct AsCompletedTimeout {}
