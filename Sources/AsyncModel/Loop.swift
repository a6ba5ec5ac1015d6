import DequeModule

/// CPython's event loop (`BaseEventLoop`) on the run's virtual clock.
///
/// Ordering promises: handles run in FIFO order; one iteration (`runOnce`, CPython's `_run_once`) moves
/// every timer due at the current time to the ready queue, then runs exactly the handles that were ready
/// when it began, so handles scheduled during an iteration run in the next one. Timers fire by
/// (deadline, scheduling sequence). When nothing is ready the clock jumps to the earliest deadline; it
/// never waits for real. Everything is synchronous and single-threaded.
public final class Loop {
    public let run: VirtualRun
    /// The loop's number within the run, from 1.
    public let id: Int
    /// The run clock's reading when the loop was created: the loop's time 0.
    let originNanos: Int64

    private var ready = Deque<ReadyItem>()
    private var timers = TimerHeap()
    private var timerSequence: UInt64 = 0
    private var cancelledTimers = 0
    private var stopping = false
    public private(set) var isRunning = false
    public private(set) var isClosed = false
    /// The task whose step is running (`asyncio.current_task()`), `nil` between steps.
    public private(set) var currentTask: Task?
    /// Every task not yet known to be done, in creation order (done ones are dropped lazily).
    private var liveTasks: [Task] = []
    private var doneSinceCompaction = 0
    private var failedFutures: [Future] = []
    let executor: Executor

    init(run: VirtualRun, id: Int) {
        self.run = run
        self.id = id
        self.originNanos = run.clockNanos
        self.trace = run.trace
        self.executor = Executor(workers: run.executorWorkers)
    }

    /// The run's trace, kept here too: it is touched on every step.
    let trace: Trace

    // MARK: Time

    /// `loop.time()` in whole nanoseconds since the loop's creation.
    public var nowNanos: Int64 { run.clockNanos - originNanos }

    /// `loop.time()`: seconds since the loop's creation.
    public func time() -> Double { VirtualTime.seconds(nowNanos) }

    // MARK: Scheduling

    func schedule(_ action: Handle.Action) {
        ready.append(.action(action))
    }

    /// `loop.call_soon(callback)`: runs in the next iteration, after the handles already ready.
    @discardableResult
    public func callSoon(_ body: @escaping () -> Void) -> Handle {
        let handle = Handle(.call(body), loop: self)
        ready.append(.handle(handle))
        return handle
    }

    /// `loop.call_later(delay, callback)`: a timer at `time() + delay` (rounded to the nanosecond).
    @discardableResult
    public func callLater(_ delay: Double, _ body: @escaping () -> Void) -> Handle {
        scheduleTimer(.call(body), atNanos: nowNanos &+ VirtualTime.nanos(delay))
    }

    /// `loop.call_at(when, callback)`: a timer at loop time `when` (rounded to the nanosecond).
    @discardableResult
    public func callAt(_ when: Double, _ body: @escaping () -> Void) -> Handle {
        scheduleTimer(.call(body), atNanos: VirtualTime.nanos(when))
    }

    func scheduleTimer(_ action: Handle.Action, atNanos when: Int64) -> Handle {
        timerSequence += 1
        let handle = Handle(action, loop: self, whenNanos: when, sequence: timerSequence)
        timers.insert(handle)
        trace.record(.timerScheduled(timer: timerSequence, deadline: when), loop: self)
        return handle
    }

    func timerCancelled() { cancelledTimers += 1 }

    /// Pending timers, cancelled ones included until they reach the head or are swept (as in CPython).
    public var scheduledTimerCount: Int { timers.count }

    // MARK: Futures and tasks

    /// `loop.create_future()`.
    public func createFuture(label: String = "Future") -> Future {
        Future(loop: self, label: label)
    }

    /// `loop.create_task(coro, name=name)`: the task's first step is scheduled with `call_soon`.
    @discardableResult
    public func createTask(_ coroutine: any Coroutine, name: String? = nil, cause: Task.Cause = .createTask) -> Task {
        Task(coroutine: coroutine, loop: self, name: name, cause: cause)
    }

    /// `asyncio.all_tasks(loop)`: the tasks not done yet, in creation order (CPython returns a set; ours is
    /// ordered so that shutdown cancels in creation order).
    public func allTasks() -> [Task] {
        liveTasks.filter { !$0.isDone }
    }

    func register(_ task: Task) { liveTasks.append(task) }

    func unregister(_ task: Task) {
        doneSinceCompaction += 1
        if doneSinceCompaction > 64 && doneSinceCompaction * 2 > liveTasks.count {
            liveTasks.removeAll { $0.isDone }
            doneSinceCompaction = 0
        }
    }

    func enter(_ task: Task) {
        currentTask = task
    }

    func leave(_ task: Task) {
        currentTask = nil
    }

    func noteFailed(_ future: Future) { failedFutures.append(future) }

    /// Runs `body` (a worker job's segment) with no current task, then restores it.
    func outsideAnyTask<Result>(_ body: () -> Result) -> Result {
        let saved = currentTask
        currentTask = nil
        defer { currentTask = saved }
        return body()
    }

    // MARK: Blocking and workers

    /// The model of `time.sleep(seconds)` called on the loop's thread: the clock advances while the loop
    /// is held, so nothing else runs meanwhile; timers that fall due run in the next iteration.
    public func block(for seconds: Double) {
        let nanos = max(0, VirtualTime.nanos(seconds))
        trace.record(.blocked(nanos: nanos, task: currentTask?.serial), loop: self)
        let target = nowNanos &+ nanos
        let blocked = currentTask
        executor.runWorkers(whileBlockedUntil: target, loop: self) { run.advanceClock(by: $0) }
        currentTask = blocked
        run.advanceClock(by: max(0, target - nowNanos))
    }

    /// `loop.run_in_executor(None, fn)` / `asyncio.to_thread(fn)`: the job runs on a modelled worker of
    /// the default executor while the loop runs on; the returned future completes when it finishes.
    public func runInExecutor(_ job: any WorkerJob, label: String = "run_in_executor") -> Future {
        executor.submit(job, label: label, loop: self)
    }

    // MARK: Running

    /// CPython's `_run_once`: one iteration. Throws `AsyncError(.deadlock)` when nothing is ready, nothing
    /// is scheduled and the loop is not stopping (CPython would wait forever).
    public func runOnce() throws {
        if timers.count > 100 && cancelledTimers * 2 > timers.count {
            timers.removeCancelled()
            cancelledTimers = 0
        }
        while timers.earliestIsCancelled {
            timers.popEarliest()?.isScheduled = false
            cancelledTimers = max(0, cancelledTimers - 1)
        }
        if ready.isEmpty && !stopping {
            guard let earliest = timers.earliestNanos else {
                throw AsyncError(.deadlock, "the event loop has nothing to run and nothing scheduled")
            }
            if earliest > nowNanos {
                trace.record(.clockJumped(to: earliest), loop: self)
                run.advanceClock(by: earliest - nowNanos)
            }
        }
        let endNanos = nowNanos + 1
        while let earliest = timers.earliestNanos, earliest < endNanos, let handle = timers.popEarliest() {
            handle.isScheduled = false
            if handle.isCancelled {
                cancelledTimers = max(0, cancelledTimers - 1)
            } else {
                trace.record(.timerFired(timer: handle.sequence), loop: self)
            }
            ready.append(.handle(handle))
        }
        let count = ready.count
        trace.record(.iteration(ready: count), loop: self)
        for _ in 0..<count {
            switch ready.removeFirst() {
            case .handle(let handle): if !handle.isCancelled { handle.run() }
            case .action(let action): action.run()
            }
        }
    }

    /// `loop.run_forever()`: iterates until `stop()` is called (the iteration in which it is called
    /// completes first).
    public func runForever() throws {
        try checkRunnable()
        isRunning = true
        run.enterLoop(self)
        defer {
            stopping = false
            isRunning = false
            run.leaveLoop(self)
        }
        while true {
            try runOnce()
            if stopping { break }
        }
    }

    /// `loop.run_until_complete(future)`: runs until the future is done and returns its result (or throws
    /// its error). The loop stops through a done callback, one iteration after the future completes.
    public func runUntilComplete(_ future: Future) throws -> FutureValue {
        try checkRunnable()
        let stopper = StopMarker()
        future.addDoneCallback(key: stopper) { done in
            if !done.isCancelled { _ = try? done.exception() }
            done.loop.stop()
        }
        defer { future.removeDoneCallbacks(key: stopper) }
        try runForever()
        guard future.isDone else {
            throw AsyncError(.runtime, "Event loop stopped before Future completed.")
        }
        return try future.result()
    }

    /// `loop.run_until_complete(coro)`: wraps the coroutine in a task first.
    public func runUntilComplete(_ coroutine: any Coroutine) throws -> FutureValue {
        try runUntilComplete(createTask(coroutine, cause: .runUntilComplete))
    }

    private func checkRunnable() throws {
        if isClosed { throw AsyncError(.runtime, "Event loop is closed") }
        if isRunning { throw AsyncError(.runtime, "This event loop is already running") }
        if run.runningLoop != nil {
            throw AsyncError(.runtime, "Cannot run the event loop while another loop is running")
        }
    }

    /// `loop.stop()`: the loop stops after the current iteration (or after one iteration, if not running).
    public func stop() { stopping = true }

    /// `loop.close()`: reports exceptions never retrieved, shuts the executor down without waiting, and
    /// closes the loop. Throws `RuntimeError` when running; closing twice does nothing.
    public func close() throws {
        if isRunning { throw AsyncError(.runtime, "Cannot close a running event loop") }
        guard !isClosed else { return }
        reportUnretrievedExceptions()
        isClosed = true
        ready.removeAll()
        timers.removeAll()
        liveTasks.removeAll()
        run.loopClosed(self)
        trace.record(.loopClosed, loop: self)
    }

    /// Our rule where CPython depends on garbage collection: "exception was never retrieved" is reported
    /// for every future whose exception nobody looked at, when the loop closes, in completion order.
    private func reportUnretrievedExceptions() {
        for future in failedFutures where future.exceptionUnretrieved {
            guard case .failure(let error) = future.outcome else { continue }
            future.exceptionUnretrieved = false
            let task = future as? Task
            let message = task == nil ? "Future exception was never retrieved" : "Task exception was never retrieved"
            trace.report(ExceptionReport(message: message, future: future, error: error), loop: self)
        }
        failedFutures.removeAll()
    }

    /// `loop.call_exception_handler(...)` with the default handler: the report goes to the trace, and the
    /// driver prints it to stderr as CPython logs it. The driver calls this for a callback that raised
    /// ("Exception in callback ..."): AsyncModel's own callbacks never raise.
    public func reportException(_ message: String, future: Future? = nil, error: any Error) {
        trace.report(ExceptionReport(message: message, future: future, error: error), loop: self)
    }
}

/// An entry of the ready queue: a handle the caller may cancel, or an internal callback.
private enum ReadyItem {
    case handle(Handle)
    case action(Handle.Action)
}

/// The identity of `run_until_complete`'s stop callback.
private final class StopMarker {}
