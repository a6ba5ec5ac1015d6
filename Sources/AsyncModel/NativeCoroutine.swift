/// A coroutine written in Swift as a chain of continuations: how AsyncModel offers the primitives CPython
/// writes as `async def` (`Lock.acquire`, `Queue.get`, `wait_for`...), so that PyModel can `await` them
/// inline like any Python coroutine.
///
/// Each continuation returns what the coroutine does next. `await future` continues at once when the
/// future is already done (as `Future.__await__` does) and otherwise yields it to the task; `await
/// coroutine` runs the inner coroutine inline, forwarding `send`/`throw` to it. Throwing into a coroutine
/// that has not started raises the error at once without running the body, as CPython does.
public final class NativeCoroutine: Coroutine {
    /// What the coroutine does next.
    public enum Next {
        /// `await future`, then continue with its result or error.
        case await(Future, then: (Resumption) -> Next)
        /// `await coroutine` (inline), then continue with its return value or error.
        case awaitCoroutine(any Coroutine, then: (Resumption) -> Next)
        /// A bare `yield` (`sleep(0)`'s `__sleep0`), then continue.
        case yieldOnce(then: (Resumption) -> Next)
        case returned(FutureValue)
        case raised(any Error)
    }

    public let name: String
    /// The source mark reported for this coroutine's suspensions.
    public var mark: SourceMark
    private var body: (() -> Next)?
    private var continuation: ((Resumption) -> Next)?
    private var inner: (any Coroutine)?
    private var afterInner: ((Resumption) -> Next)?

    public init(name: String, mark: SourceMark = .unknown, body: @escaping () -> Next) {
        self.name = name
        self.mark = mark
        self.body = body
    }

    public func send(_ value: FutureValue) -> CoroutineStep {
        resume(.value(value))
    }

    public func `throw`(_ error: any Error) -> CoroutineStep {
        resume(.error(error))
    }

    public func close() {
        inner?.close()
        inner = nil
        afterInner = nil
        continuation = nil
        body = nil
    }

    private func resume(_ resumption: Resumption) -> CoroutineStep {
        if let body {
            self.body = nil
            if case .error(let error) = resumption { return .raised(error) }
            return drive(body())
        }
        if let inner, let afterInner {
            let step = resumption.resume(inner)
            switch step {
            case .yielded: return step
            case .returned(let value):
                self.inner = nil
                self.afterInner = nil
                return drive(afterInner(.value(value)))
            case .raised(let error):
                self.inner = nil
                self.afterInner = nil
                return drive(afterInner(.error(error)))
            }
        }
        guard let continuation else {
            return .raised(AsyncError(.runtime, "cannot reuse already awaited coroutine"))
        }
        self.continuation = nil
        return drive(continuation(resumption))
    }

    private func drive(_ first: Next) -> CoroutineStep {
        var next = first
        while true {
            switch next {
            case .returned(let value): return .returned(value)
            case .raised(let error): return .raised(error)
            case .yieldOnce(let then):
                continuation = then
                return .yielded(nil, at: mark)
            case .await(let future, let then):
                if future.isDone {
                    next = then(Resumption(of: future))
                } else {
                    continuation = then
                    return .yielded(future, at: mark)
                }
            case .awaitCoroutine(let coroutine, let then):
                let step = coroutine.send(())
                switch step {
                case .yielded:
                    inner = coroutine
                    afterInner = then
                    return step
                case .returned(let value): next = then(.value(value))
                case .raised(let error): next = then(.error(error))
                }
            }
        }
    }
}
