extension VirtualRun {
    /// `asyncio.shield(awaitable)`: the inner future itself when already done; otherwise an outer future
    /// that mirrors the inner one, and whose cancellation does not reach it.
    public func shield(_ awaitable: Awaitable) throws -> Future {
        let inner: Future
        switch awaitable {
        case .future(let future): inner = future
        case .coroutine(let coroutine): inner = try requireRunningLoop().createTask(coroutine, cause: .shield)
        }
        if inner.isDone { return inner }
        let outer = inner.loop.createFuture(label: "shield")
        let key = WaitKey()
        inner.addDoneCallback(key: key) { inner in
            if outer.isCancelled {
                if !inner.isCancelled { _ = try? inner.exception() }
                return
            }
            if inner.isCancelled {
                outer.cancel()
            } else if let error = try? inner.exception() {
                outer.finish(.failure(error))
            } else {
                outer.finish(Resumption(of: inner).outcome)
            }
        }
        outer.addDoneCallback { _ in
            if !inner.isDone { inner.removeDoneCallbacks(key: key) }
        }
        return outer
    }
}

extension Resumption {
    var outcome: Future.Outcome {
        switch self {
        case .value(let value): .result(value)
        case .error(let error): .failure(error)
        }
    }
}
