import AsyncModel

/// One statement of a scripted coroutine: the tests' way to write a Python `async def` body as a small
/// Swift state machine (each `await` is a suspension point of a `NativeCoroutine`).
enum Step {
    /// What an `except` clause does with the error it caught.
    enum Flow {
        case proceed
        case raise(any Error)
        case returning(FutureValue)
    }

    /// A synchronous statement.
    case run(() -> Void)
    /// `await <awaitable>`; `value` sees the result; `handler` is an `except` clause around the await
    /// (without one, the error propagates).
    case await(() -> Awaitable, value: ((FutureValue) -> Void)?, handler: ((any Error) -> Flow)?)
    /// `return value`.
    case returning(() -> FutureValue)
    /// `raise error`.
    case raise(() -> any Error)
    /// A `try` block whose errors go to `handler`, then `finally` runs in every case.
    case tryBlock([Step], handler: ((any Error) -> Flow)?, finally: (() -> Void)?)

    /// `async with <manager>: <body>`: `enter` is `__aenter__`, `exit` is `__aexit__` given the body's error;
    /// when `exit` returns normally the body's error propagates, when it raises its error replaces it.
    case asyncWith(enter: () -> any Coroutine, exit: ((any Error)?) -> any Coroutine, body: [Step])

    static func `do`(_ body: @escaping () -> Void) -> Step { .run(body) }

    static func asyncWith(
        enter: @escaping () -> any Coroutine, exit: @escaping ((any Error)?) -> any Coroutine,
        @ScriptBuilder _ body: () -> [Step]
    ) -> Step {
        .asyncWith(enter: enter, exit: exit, body: body())
    }

    /// `try: <body> except: <handler>` (the handler sees every error).
    static func `try`(@ScriptBuilder _ body: () -> [Step], except handler: @escaping (any Error) -> Flow) -> Step {
        .tryBlock(body(), handler: handler, finally: nil)
    }

    static func await(
        _ make: @escaping () -> Awaitable,
        value: ((FutureValue) -> Void)? = nil,
        except handler: ((any Error) -> Flow)? = nil
    ) -> Step {
        .await(make, value: value, handler: handler)
    }
}

@resultBuilder
enum ScriptBuilder {
    static func buildExpression(_ step: Step) -> [Step] { [step] }
    static func buildExpression(_ steps: [Step]) -> [Step] { steps }
    static func buildBlock(_ parts: [Step]...) -> [Step] { parts.flatMap { $0 } }
    static func buildArray(_ parts: [[Step]]) -> [Step] { parts.flatMap { $0 } }
    static func buildOptional(_ part: [Step]?) -> [Step] { part ?? [] }
    static func buildEither(first: [Step]) -> [Step] { first }
    static func buildEither(second: [Step]) -> [Step] { second }
}

/// Turns steps into a `NativeCoroutine`: the continuation of each await is "the rest of the steps".
final class ScriptInterpreter {
    /// How a block of steps ended.
    enum Exit {
        case fellThrough
        case returned(FutureValue)
        case raised(any Error)
    }

    /// A `try` block's exit, carried as the inner coroutine's return value.
    struct TryExit {
        let exit: Exit
    }

    private let steps: [Step]
    private let finish: (Exit) -> NativeCoroutine.Next

    init(_ steps: [Step], finish: @escaping (Exit) -> NativeCoroutine.Next) {
        self.steps = steps
        self.finish = finish
    }

    /// A function body: falling off its end returns `None` (`()`).
    static func body(_ steps: [Step]) -> ScriptInterpreter {
        ScriptInterpreter(steps) { exit in
            switch exit {
            case .fellThrough: .returned(())
            case .returned(let value): .returned(value)
            case .raised(let error): .raised(error)
            }
        }
    }

    func start() -> NativeCoroutine.Next { proceed(from: 0) }

    private func proceed(from start: Int) -> NativeCoroutine.Next {
        var index = start
        while index < steps.count {
            switch steps[index] {
            case .run(let body):
                body()
                index += 1
            case .returning(let value): return finish(.returned(value()))
            case .raise(let error): return finish(.raised(error()))
            case .await(let make, let onValue, let handler):
                let next = index + 1
                let then: (Resumption) -> NativeCoroutine.Next = { resumption in
                    switch resumption {
                    case .value(let value):
                        onValue?(value)
                        return self.proceed(from: next)
                    case .error(let error):
                        guard let handler else { return self.finish(.raised(error)) }
                        return self.flow(handler(error), next: next)
                    }
                }
                switch make() {
                case .future(let future): return .await(future, then: then)
                case .coroutine(let coroutine): return .awaitCoroutine(coroutine, then: then)
                }
            case .asyncWith(let enter, let exit, let body):
                let next = index + 1
                return .awaitCoroutine(enter()) { entered in
                    if case .error(let error) = entered { return self.finish(.raised(error)) }
                    return self.runBlock(body) { blockExit in
                        switch blockExit {
                        case .fellThrough, .returned:
                            return .awaitCoroutine(exit(nil)) { exited in
                                if case .error(let error) = exited { return self.finish(.raised(error)) }
                                if case .fellThrough = blockExit { return self.proceed(from: next) }
                                return self.finish(blockExit)
                            }
                        case .raised(let error):
                            return .awaitCoroutine(exit(error)) { exited in
                                if case .error(let replaced) = exited { return self.finish(.raised(replaced)) }
                                return self.finish(.raised(error))
                            }
                        }
                    }
                }
            case .tryBlock(let body, let handler, let finally):
                let next = index + 1
                let inner = ScriptInterpreter(body) { exit in
                    var outcome = exit
                    if case .raised(let error) = exit, let handler {
                        switch handler(error) {
                        case .proceed: outcome = .fellThrough
                        case .raise(let raised): outcome = .raised(raised)
                        case .returning(let value): outcome = .returned(value)
                        }
                    }
                    finally?()
                    return .returned(TryExit(exit: outcome))
                }
                return .awaitCoroutine(NativeCoroutine(name: "try") { inner.start() }) { resumption in
                    guard case .value(let value) = resumption, let tryExit = value as? TryExit else {
                        if case .error(let error) = resumption { return self.finish(.raised(error)) }
                        return self.proceed(from: next)
                    }
                    switch tryExit.exit {
                    case .fellThrough: return self.proceed(from: next)
                    case .returned, .raised: return self.finish(tryExit.exit)
                    }
                }
            }
        }
        return finish(.fellThrough)
    }

    /// Runs a nested block inline and continues with how it ended.
    private func runBlock(_ body: [Step], then: @escaping (Exit) -> NativeCoroutine.Next) -> NativeCoroutine.Next {
        let inner = ScriptInterpreter(body) { exit in .returned(TryExit(exit: exit)) }
        return .awaitCoroutine(NativeCoroutine(name: "block") { inner.start() }) { resumption in
            switch resumption {
            case .value(let value): return then((value as? TryExit)?.exit ?? .fellThrough)
            case .error(let error): return then(.raised(error))
            }
        }
    }

    private func flow(_ flow: Step.Flow, next: Int) -> NativeCoroutine.Next {
        switch flow {
        case .proceed: proceed(from: next)
        case .raise(let error): finish(.raised(error))
        case .returning(let value): finish(.returned(value))
        }
    }
}
