/// `asyncio.run(main)` (CPython's `asyncio.Runner`).
extension VirtualRun {
    /// Runs `main` as a task on a new loop, current while it runs (`set_event_loop(None)` after), and returns its result (or throws its error), then shuts down as
    /// CPython's `Runner.close` does: the tasks still pending are cancelled in creation order (our rule:
    /// CPython iterates a set) and the loop runs until they finish (`gather(..., return_exceptions=True)`);
    /// then async generators are shut down (`asyncGeneratorShutdown` supplies the coroutine run as that
    /// task, or it returns at once), then the default executor (waiting for worker jobs still running),
    /// then the loop closes and reports exceptions never retrieved.
    ///
    /// Throws `RuntimeError("asyncio.run() cannot be called from a running event loop")` when a loop is
    /// running, and `AsyncError(.deadlock)` (after closing the loop) when the loop could only wait forever.
    public func runMain(
        _ main: any Coroutine,
        asyncGeneratorShutdown: (() -> any Coroutine)? = nil
    ) throws -> FutureValue {
        if runningLoop != nil {
            throw AsyncError(.runtime, "asyncio.run() cannot be called from a running event loop")
        }
        let loop = newLoop()
        setEventLoop(loop)
        defer { setEventLoop(nil) }
        let outcome: Result<FutureValue, any Error>
        do {
            outcome = .success(try loop.runUntilComplete(loop.createTask(main, cause: .run)))
        } catch {
            outcome = .failure(error)
        }
        do {
            if case .failure(let error as AsyncError) = outcome, error.kind == .deadlock {
                try loop.close()
                throw error
            }
            try cancelAllTasks(loop)
            let asyncGenerators = asyncGeneratorShutdown?()
                ?? NativeCoroutine(name: "BaseEventLoop.shutdown_asyncgens") { .returned(()) }
            _ = try loop.runUntilComplete(asyncGenerators)
            _ = try loop.runUntilComplete(Self.shutdownDefaultExecutor(loop))
            try loop.close()
        } catch {
            try? loop.close()
            throw error
        }
        return try outcome.get()
    }

    /// CPython's `runners._cancel_all_tasks`.
    private func cancelAllTasks(_ loop: Loop) throws {
        let pending = loop.allTasks()
        guard !pending.isEmpty else { return }
        for task in pending { task.cancel() }
        _ = try loop.runUntilComplete(gather(pending.map { .future($0) }, returnExceptions: true, on: loop))
        for task in pending where !task.isCancelled {
            if let error = try? task.exception() {
                loop.reportException("unhandled exception during asyncio.run() shutdown", future: task, error: error)
            }
        }
    }

    /// CPython's `loop.shutdown_default_executor()`: waits until the executor's workers are idle.
    private static func shutdownDefaultExecutor(_ loop: Loop) -> any Coroutine {
        NativeCoroutine(name: "BaseEventLoop.shutdown_default_executor") {
            guard loop.executor.wasUsed else { return .returned(()) }
            return .await(loop.executor.idle(loop: loop)) { _ in .returned(()) }
        }
    }
}
