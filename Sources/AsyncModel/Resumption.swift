/// How a suspended coroutine is resumed: with a value (`send`) or by raising an error (`throw`).
public enum Resumption {
    case value(FutureValue)
    case error(any Error)

    /// The outcome of a done future, as `await future` sees it: its result, or the error it raises.
    init(of future: Future) {
        do {
            self = .value(try future.result())
        } catch {
            self = .error(error)
        }
    }

    /// Resumes `coroutine` accordingly.
    func resume(_ coroutine: any Coroutine) -> CoroutineStep {
        switch self {
        case .value(let value): coroutine.send(value)
        case .error(let error): coroutine.throw(error)
        }
    }
}
