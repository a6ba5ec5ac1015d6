extension VirtualRun {
    /// `await asyncio.wait_for(awaitable, timeout)` as in CPython 3.11: `nil` awaits directly (a coroutine
    /// inline, with no task); `timeout <= 0` cancels at once unless already done; otherwise a timer races
    /// the future, and on timeout the future is cancelled and awaited, then `TimeoutError` is raised
    /// (unless it finished meanwhile). Cancelling the wait cancels the future too.
    public func waitFor(_ awaitable: Awaitable, timeout: Double?) -> NativeCoroutine {
        NativeCoroutine(name: "wait_for") { [self] in
            let loop: Loop
            do {
                loop = try requireRunningLoop()
            } catch {
                return .raised(error)
            }
            guard let timeout else {
                switch awaitable {
                case .future(let future): return .await(future) { Self.finish($0) }
                case .coroutine(let coroutine): return .awaitCoroutine(coroutine) { Self.finish($0) }
                }
            }
            if timeout <= 0 {
                let future = awaitable.ensureFuture(on: loop, cause: .waitFor)
                if future.isDone { return Self.finish(Resumption(of: future)) }
                return Self.cancelAndWait(future, loop: loop) { Self.resultOrTimeout(future) }
            }
            let waiter = loop.createFuture(label: "wait_for")
            let timer = loop.scheduleTimer(.call { Self.release(waiter) },
                                           atNanos: loop.nowNanos &+ VirtualTime.nanos(timeout))
            let future = awaitable.ensureFuture(on: loop, cause: .waitFor)
            let key = WaitKey()
            future.addDoneCallback(key: key) { _ in Self.release(waiter) }
            return .await(waiter) { resumption in
                if case .error(let error) = resumption {
                    guard isCancellation(error) else {
                        timer.cancel()
                        return .raised(error)
                    }
                    if future.isDone {
                        timer.cancel()
                        return Self.finish(Resumption(of: future))
                    }
                    future.removeDoneCallbacks(key: key)
                    return Self.cancelAndWait(future, loop: loop) {
                        timer.cancel()
                        return .raised(error)
                    }
                }
                if future.isDone {
                    timer.cancel()
                    return Self.finish(Resumption(of: future))
                }
                future.removeDoneCallbacks(key: key)
                return Self.cancelAndWait(future, loop: loop) {
                    timer.cancel()
                    return Self.resultOrTimeout(future)
                }
            }
        }
    }

    /// `return fut.result()` after cancelling, with a cancellation turned into `TimeoutError`.
    private static func resultOrTimeout(_ future: Future) -> NativeCoroutine.Next {
        switch Resumption(of: future) {
        case .value(let value): return .returned(value)
        case .error(let error) where isCancellation(error): return .raised(AsyncError(.timeout))
        case .error(let error): return .raised(error)
        }
    }

    /// CPython's `_cancel_and_wait`: cancels the future and waits until it is done (errors from the
    /// wait itself, such as the waiting task's own cancellation, propagate after the callback is removed).
    static func cancelAndWait(_ future: Future, loop: Loop, then: @escaping () -> NativeCoroutine.Next)
        -> NativeCoroutine.Next
    {
        let waiter = loop.createFuture(label: "cancel_and_wait")
        let key = WaitKey()
        future.addDoneCallback(key: key) { _ in Self.release(waiter) }
        future.cancel()
        return .await(waiter) { resumption in
            future.removeDoneCallbacks(key: key)
            if case .error(let error) = resumption { return .raised(error) }
            return then()
        }
    }

    static func finish(_ resumption: Resumption) -> NativeCoroutine.Next {
        switch resumption {
        case .value(let value): .returned(value)
        case .error(let error): .raised(error)
        }
    }
}
