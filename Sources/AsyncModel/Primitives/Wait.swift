/// `asyncio.wait`'s `return_when`.
public enum ReturnWhen: String, Sendable {
    case firstCompleted = "FIRST_COMPLETED"
    case firstException = "FIRST_EXCEPTION"
    case allCompleted = "ALL_COMPLETED"
}

/// What `asyncio.wait` returns: CPython returns two sets; ours keeps argument order.
public struct WaitResult {
    public let done: [Future]
    public let pending: [Future]
}

extension VirtualRun {
    /// `await asyncio.wait(futures, timeout=..., return_when=...)`: returns a `WaitResult`. Throws
    /// `ValueError('Set of Tasks/Futures is empty.')` for none. (CPython 3.11.7 refuses coroutines here
    /// with a TypeError; the driver checks that, as only futures reach this API.) Duplicates count once.
    /// Our rule: done callbacks are added in argument order (CPython iterates a set).
    public func wait(_ futures: [Future], timeout: Double? = nil, returnWhen: ReturnWhen = .allCompleted)
        -> NativeCoroutine
    {
        NativeCoroutine(name: "wait") { [self] in
            guard !futures.isEmpty else { return .raised(AsyncError(.value, "Set of Tasks/Futures is empty.")) }
            let loop: Loop
            do {
                loop = try requireRunningLoop()
            } catch {
                return .raised(error)
            }
            var unique: [Future] = []
            for future in futures where !unique.contains(where: { $0 === future }) { unique.append(future) }
            return Self.waitUntil(unique, timeout: timeout, returnWhen: returnWhen, loop: loop) {
                .returned(WaitResult(done: unique.filter(\.isDone), pending: unique.filter { !$0.isDone }))
            }
        }
    }

    /// CPython's `_wait`: a waiter future released by the completions (per `returnWhen`) or the timeout.
    static func waitUntil(
        _ futures: [Future], timeout: Double?, returnWhen: ReturnWhen, loop: Loop,
        then finish: @escaping () -> NativeCoroutine.Next
    ) -> NativeCoroutine.Next {
        let waiter = loop.createFuture(label: "wait")
        let timer = timeout.map { delay in
            loop.scheduleTimer(.call { Self.release(waiter) }, atNanos: loop.nowNanos &+ VirtualTime.nanos(delay))
        }
        var remaining = futures.count
        let key = WaitKey()
        for future in futures {
            future.addDoneCallback(key: key) { done in
                remaining -= 1
                let failed = returnWhen == .firstException && !done.isCancelled && (try? done.exception()) != nil
                if remaining <= 0 || returnWhen == .firstCompleted || failed {
                    timer?.cancel()
                    Self.release(waiter)
                }
            }
        }
        return .await(waiter) { resumption in
            timer?.cancel()
            for future in futures { future.removeDoneCallbacks(key: key) }
            if case .error(let error) = resumption { return .raised(error) }
            return finish()
        }
    }

    /// CPython's `_release_waiter`.
    static func release(_ waiter: Future) {
        if !waiter.isDone { waiter.finish(.result(())) }
    }
}

/// The identity of one `wait` call's done callbacks.
final class WaitKey {}
