/// Where a coroutine stands in its source, as the driver that runs it sees it.
///
/// AsyncModel never interprets it: PyModel passes snippet lines, Swift tests pass whatever helps them.
public struct SourceMark: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int = 0) {
        self.line = line
        self.column = column
    }

    public static let unknown = SourceMark(line: 0)
}

/// What one `send` or `throw` into a coroutine produced, as `Task.__step` sees it in CPython.
public enum CoroutineStep {
    /// The coroutine suspended on a future: the task waits for it through a done callback.
    /// `nil` is a bare yield (what `sleep(0)` does): the task steps again on the next iteration.
    case yielded(Future?, at: SourceMark)
    /// The coroutine returned a value: the task finishes with it.
    case returned(FutureValue)
    /// The coroutine raised: the task finishes with the error (or is cancelled, for a cancellation).
    case raised(any Error)
}

/// The payload a future carries. AsyncModel knows nothing of Python: PyModel stores its own values here.
public typealias FutureValue = Any

/// A coroutine a Task can drive: CPython's `coro.send(value)` / `coro.throw(exc)` protocol.
///
/// `await coroutine` inside another coroutine runs inline (like `yield from`): the driver of the outer
/// coroutine forwards `send`/`throw` to the inner one. Only futures suspend a task.
public protocol Coroutine: AnyObject {
    /// The name the trace shows for the coroutine (CPython's `__qualname__`).
    var name: String { get }
    /// Resumes the coroutine with a value: `()` (Python's `None`) on the first step and after a bare
    /// yield, the awaited future's result after a suspension on a future.
    func send(_ value: FutureValue) -> CoroutineStep
    /// Resumes the coroutine by raising `error` at its suspension point.
    func `throw`(_ error: any Error) -> CoroutineStep
    /// Closes a coroutine that will never be resumed (CPython's `coro.close()`).
    func close()
}
