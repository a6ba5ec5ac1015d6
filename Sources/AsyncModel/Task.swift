/// CPython's `asyncio.Task`: a future that drives a coroutine, one step per loop callback.
///
/// Ordering promises: the first step is scheduled with `call_soon` at creation, so nothing of the
/// coroutine runs until the creator yields to the loop; a task suspended on a future resumes through a
/// done callback, one iteration after the future completes; a bare yield steps again on the next iteration.
/// `cancel()` delivers a cancellation error at the suspension point on the task's next step.
public final class Task: Future {
    /// Why a task exists, for the trace's parentage queries.
    public enum Cause: String, Sendable {
        case run, createTask, ensureFuture, gather, wait, waitFor, asCompleted, shield, taskGroup, runUntilComplete
    }

    public let coroutine: any Coroutine
    /// `get_name()` / `set_name()`: `Task-N` from the run's counter unless a name was given.
    public var name: String {
        didSet { loop.trace.taskRenamed(self) }
    }
    /// The serial of the task that was running when this one was created (`nil` outside any task).
    public let creatorSerial: Int?

    var mustCancel = false
    var cancelRequests = 0
    /// The message of a cancellation arranged for the next step (CPython's `_cancel_message`), boxed
    /// because it is rare and a run may hold 100,000 tasks.
    private var pendingCancelBox: MessageBox?
    var pendingCancelMessage: String? {
        get { pendingCancelBox?.message }
        set { pendingCancelBox = newValue.map(MessageBox.init) }
    }
    /// The task's row in `Trace.tasks`, -1 when the trace is off.
    var traceIndex = -1
    /// Whether the first step has begun.
    var hasStarted = false
    /// The future the task is suspended on (CPython's `_fut_waiter`).
    public private(set) var waitingOn: Future?

    init(coroutine: any Coroutine, loop: Loop, name: String?, cause: Cause) {
        self.coroutine = coroutine
        let run = loop.run
        let serial = run.nextSerial()
        self.name = name ?? run.nextTaskName()
        self.creatorSerial = loop.currentTask?.serial
        super.init(loop: loop, label: "Task", serial: serial)
        loop.register(self)
        loop.trace.taskCreated(self, cause: cause)
        loop.schedule(.stepTask(self, nil))
    }

    /// `task.cancel(msg)`: false when done; otherwise counts a cancellation request, cancels the future
    /// the task waits on (or arranges a cancellation error for its next step) and returns true.
    @discardableResult
    public override func cancel(message: String? = nil) -> Bool {
        exceptionUnretrieved = false
        guard !isDone else { return false }
        cancelRequests += 1
        loop.trace.record(.cancelRequested(task: serial), loop: loop)
        if let waitingOn, waitingOn.cancel(message: message) {
            return true
        }
        mustCancel = true
        pendingCancelMessage = message
        return true
    }

    /// `task.cancelling()`: the number of pending cancellation requests.
    public var cancelling: Int { cancelRequests }

    /// `task.uncancel()`: decrements the request count (not below 0) and returns it.
    @discardableResult
    public func uncancel() -> Int {
        if cancelRequests > 0 { cancelRequests -= 1 }
        return cancelRequests
    }

    override func didFinish() {
        loop.unregister(self)
        switch outcome {
        case .pending, .result: loop.trace.taskDone(self, outcome: .returned, error: nil)
        case .failure(let error): loop.trace.taskDone(self, outcome: .raised, error: error)
        case .cancelled: loop.trace.taskDone(self, outcome: .cancelled, error: nil)
        }
    }

    /// CPython's `__wakeup`: resumes with the awaited future's result or error.
    func wakeUp(on future: Future) {
        step(Resumption(of: future))
    }

    /// CPython's `__step`.
    func step(_ resumption: Resumption) {
        guard !isDone else { return }
        var resumption = resumption
        if mustCancel {
            if case .error(let error) = resumption, isCancellation(error) {
            } else {
                resumption = .error(makeTaskCancelledError())
            }
            mustCancel = false
        }
        waitingOn = nil
        loop.enter(self)
        loop.trace.stepStarted(self, throwing: resumption.isError)
        let result = resumption.resume(coroutine)
        loop.leave(self)
        switch result {
        case .returned(let value):
            loop.trace.stepEnded(self, end: .returned, at: .unknown)
            if mustCancel {
                mustCancel = false
                cancelFuture(message: pendingCancelMessage, original: nil)
            } else {
                finish(.result(value))
            }
        case .raised(let error):
            let cancelled = isCancellation(error)
            loop.trace.stepEnded(self, end: cancelled ? .cancelled : .raised, at: .unknown)
            if cancelled {
                cancelFuture(message: nil, original: error)
            } else {
                finish(.failure(error))
            }
        case .yielded(nil, let mark):
            loop.trace.stepEnded(self, end: .yielded, at: mark)
            loop.schedule(.stepTask(self, nil))
        case .yielded(let future?, let mark):
            loop.trace.stepEnded(self, end: .suspended(on: future.serial), at: mark, on: future)
            suspend(on: future)
        }
    }

    private func suspend(on future: Future) {
        if future.loop !== loop {
            loop.schedule(.stepTask(self, AsyncError(
                .runtime, "Task \(name) got Future \(future.label) attached to a different loop")))
        } else if future === self {
            loop.schedule(.stepTask(self, AsyncError(.runtime, "Task cannot await on itself: \(name)")))
        } else {
            future.addWakeup(self)
            waitingOn = future
            if mustCancel, future.cancel(message: pendingCancelMessage) {
                mustCancel = false
            }
        }
    }

    /// The cancellation error a task throws into its coroutine (`_make_cancelled_error` on the task).
    private func makeTaskCancelledError() -> any Error {
        AsyncError.cancelled(pendingCancelMessage)
    }
}

/// A rarely present string, kept out of line.
final class MessageBox {
    let message: String
    init(_ message: String) { self.message = message }
}

extension Resumption {
    var isError: Bool {
        if case .error = self { return true }
        return false
    }
}
