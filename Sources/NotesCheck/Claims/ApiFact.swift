/// A general fact of asyncio's API that a sentence can state, each decided by a probe program.
public enum ApiFact: Equatable, Sendable {
    /// Calling `function` returns an object of `nature`.
    case returns(function: String, nature: ObjectNature)
    /// `sub` is a subclass of `base`.
    case subclass(sub: String, base: String)
    /// `alias` is the same object as `target`.
    case alias(alias: String, target: String)
    /// A Future's possible states are exactly these.
    case futureStates([String])
    /// Only one event loop can run in a thread: `asyncio.run` inside a running loop fails.
    case oneLoopPerThread
    /// `await asyncio.sleep(0)` lets the other ready tasks run.
    case sleepZeroYields
    /// `asyncio.run` creates a new loop and closes it when the coroutine is done.
    case runCreatesAndClosesLoop
    /// `asyncio.run` cancels the tasks still pending when the main coroutine returns.
    case runCancelsPendingTasks
    /// `function(coro)` (create_task, ensure_future, gather) runs the coroutine's first step before returning.
    case startsImmediately(function: String)
    /// Calling a coroutine function without awaiting it runs none of its body.
    case bareCoroutineCallRunsNothing
    /// A behaviour of `family` holds: its probe's row `key` reads `expected`.
    case behaviour(family: String, key: String, expected: String)
}

/// What kind of object an API call gives back.
public enum ObjectNature: String, Equatable, Sendable {
    case coroutine, future, task, awaitable
}
