/// `asyncio.TaskGroup` (CPython 3.11): `async with` waits for every task created in it; the first task
/// error cancels the others and the parent task, and the errors come out as an exception group
/// `("unhandled errors in a TaskGroup", errors)` in the order they happened.
///
/// Our rule where CPython iterates a set: aborting cancels the group's tasks in creation order.
/// Driver contract for `exit(error:)`: as for `Timeout.exit`.
public final class TaskGroup {
    private let run: VirtualRun
    private var loop: Loop?
    private var parent: Task?
    private var entered = false
    private var exiting = false
    private var aborting = false
    private var parentCancelRequested = false
    private var tasks: [Task] = []
    private var errors: [any Error] = []
    private var baseError: (any Error)?
    private var onCompleted: Future?
    /// Which errors are `BaseException`s that are not `Exception`s (SystemExit, KeyboardInterrupt): the
    /// driver's to say; they are re-raised as they are instead of being grouped.
    public var isBaseError: (any Error) -> Bool = { _ in false }

    public init(in run: VirtualRun) { self.run = run }

    /// `await group.__aenter__()`: returns the group.
    public func enter() -> NativeCoroutine {
        NativeCoroutine(name: "TaskGroup.__aenter__") { [self] in
            if entered { return .raised(AsyncError(.runtime, "TaskGroup has already been entered")) }
            guard let running = run.runningLoop else { return .raised(AsyncError(.runtime, "no running event loop")) }
            if loop == nil { loop = running }
            guard let current = running.currentTask else {
                return .raised(AsyncError(.runtime, "TaskGroup cannot determine the parent task"))
            }
            parent = current
            entered = true
            return .returned(self)
        }
    }

    /// `group.create_task(coro, name=name)`: the task takes a `Task-N` number even when named, as in CPython.
    public func createTask(_ coroutine: any Coroutine, name: String? = nil) throws -> Task {
        guard entered, let loop else { throw AsyncError(.runtime, "TaskGroup has not been entered") }
        if exiting && tasks.isEmpty { throw AsyncError(.runtime, "TaskGroup is finished") }
        if aborting { throw AsyncError(.runtime, "TaskGroup is shutting down") }
        let task = loop.createTask(coroutine, cause: .taskGroup)
        if let name { task.name = name }
        task.addDoneCallback { [weak self] done in
            guard let done = done as? Task else { return }
            self?.taskDone(done)
        }
        tasks.append(task)
        return task
    }

    /// `await group.__aexit__(type(error), error, tb)`.
    public func exit(error: (any Error)?) -> NativeCoroutine {
        NativeCoroutine(name: "TaskGroup.__aexit__") { [self] in
            exiting = true
            if let error, isBaseError(error), baseError == nil { baseError = error }
            var propagateCancellation: (any Error)? = error.flatMap { isCancellation($0) ? $0 : nil }
            if parentCancelRequested, parent?.uncancel() == 0 { propagateCancellation = nil }
            if error != nil && !aborting { abort() }
            return waitForTasks(error: error, propagateCancellation: propagateCancellation)
        }
    }

    private func waitForTasks(error: (any Error)?, propagateCancellation: (any Error)?) -> NativeCoroutine.Next {
        guard !tasks.isEmpty, let loop else { return finishExit(error: error, propagateCancellation: propagateCancellation) }
        let completed = onCompleted ?? loop.createFuture(label: "TaskGroup.__aexit__")
        onCompleted = completed
        return .await(completed) { [self] resumption in
            var propagate = propagateCancellation
            if case .error(let raised) = resumption, isCancellation(raised), !aborting {
                propagate = raised
                abort()
            }
            onCompleted = nil
            return waitForTasks(error: error, propagateCancellation: propagate)
        }
    }

    private func finishExit(error: (any Error)?, propagateCancellation: (any Error)?) -> NativeCoroutine.Next {
        if let baseError { return .raised(baseError) }
        if let propagateCancellation, errors.isEmpty { return .raised(propagateCancellation) }
        if let error, !isCancellation(error) { errors.append(error) }
        guard !errors.isEmpty else { return .returned(()) }
        let group = AsyncError(.exceptionGroup, "unhandled errors in a TaskGroup", children: errors)
        errors = []
        return .raised(group)
    }

    private func abort() {
        aborting = true
        for task in tasks where !task.isDone { task.cancel() }
    }

    private func taskDone(_ task: Task) {
        tasks.removeAll { $0 === task }
        if let onCompleted, tasks.isEmpty, !onCompleted.isDone { onCompleted.finish(.result(true)) }
        if task.isCancelled { return }
        guard let error = try? task.exception() else { return }
        errors.append(error)
        if isBaseError(error) && baseError == nil { baseError = error }
        guard let parent, let loop else { return }
        if parent.isDone {
            loop.reportException("Task \(task.name) has errored out but its parent task \(parent.name) is already completed",
                                 future: task, error: error)
            return
        }
        if !aborting && !parentCancelRequested {
            abort()
            parentCancelRequested = true
            parent.cancel()
        }
    }
}
