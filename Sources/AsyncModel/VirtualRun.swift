/// One snippet run: the run-wide virtual clock, the trace, the task-name counter, and the loops.
///
/// Each loop's `time()` starts at 0 when the loop is created; advancing a loop advances the run clock,
/// and `time.sleep` outside any loop advances only the run clock. Task names `Task-N` are numbered per run
/// (CPython numbers them per process, and each snippet run is one fresh process): `asyncio.run(main())`
/// makes `main` Task-1, and its shutdown makes two more tasks (`shutdown_asyncgens`,
/// `shutdown_default_executor`), so a second `asyncio.run` in the same run starts at Task-4, as in CPython.
/// Everything is synchronous and single-threaded.
public final class VirtualRun {
    private let clock = RunClock()
    public let trace: Trace
    /// The number of workers each loop's default executor models. CPython's default is
    /// `min(32, os.cpu_count() + 4)`; ours fixes the CPU count at 2, the machine the goldens are recorded on.
    public let executorWorkers: Int
    /// The loop whose `run_forever` is running (CPython's running loop of the one thread).
    public private(set) var runningLoop: Loop?
    /// The event loop policy's current loop (`asyncio.set_event_loop`), which `asyncio.get_event_loop()`
    /// answers outside a running loop.
    public private(set) var currentLoop: Loop?
    /// Whether `set_event_loop` was ever called: until then the policy makes a loop on first use.
    private var currentLoopWasSet = false

    private var serialCounter = 0
    private var taskNameCounter = 0
    private var loopCount = 0
    private var closedLoopNanos: Int64 = 0
    private var openLoops: [Loop] = []

    public init(executorWorkers: Int = 6, traceEnabled: Bool = true) {
        self.executorWorkers = max(1, executorWorkers)
        self.trace = Trace(enabled: traceEnabled, clock: clock)
    }

    /// `time.monotonic()` / `time.perf_counter()`: the run's virtual seconds so far.
    public var monotonic: Double { VirtualTime.seconds(clockNanos) }

    /// The loop time from each loop's creation to its close, summed over the run's loops (an open loop
    /// counts up to now): the JSON report's `virtualSeconds`.
    public var virtualSeconds: Double {
        VirtualTime.seconds(openLoops.reduce(closedLoopNanos) { $0 + $1.nowNanos })
    }

    /// Whether the run made any loop (`virtualSeconds` is `null` in the report when it did not).
    public var madeLoop: Bool { loopCount > 0 }

    /// The task running on the running loop, `nil` outside any task.
    public var currentTask: Task? { runningLoop?.currentTask }

    /// `asyncio.new_event_loop()`: a loop whose time starts at 0 now.
    public func newLoop() -> Loop {
        loopCount += 1
        let loop = Loop(run: self, id: loopCount)
        openLoops.append(loop)
        trace.record(.loopCreated, loop: loop)
        return loop
    }

    /// `asyncio.set_event_loop(loop)` (`nil` for `None`).
    public func setEventLoop(_ loop: Loop?) {
        currentLoop = loop
        currentLoopWasSet = true
    }

    /// `asyncio.get_event_loop()` as CPython 3.11's default policy answers it: the running loop, else the
    /// current loop, else (only before any `set_event_loop`, which `asyncio.run` calls with its loop and then
    /// with `None`) a new loop made current. Throws CPython's RuntimeError when there is none.
    public func getEventLoop() throws -> Loop {
        if let loop = runningLoop ?? currentLoop { return loop }
        guard !currentLoopWasSet else {
            throw AsyncError(.runtime, "There is no current event loop in thread 'MainThread'.")
        }
        let loop = newLoop()
        setEventLoop(loop)
        return loop
    }

    /// `time.sleep(seconds)` with no running loop: only the run clock moves. On a loop, use `Loop.block(for:)`.
    public func sleepOutsideLoop(_ seconds: Double) {
        let nanos = max(0, VirtualTime.nanos(seconds))
        trace.record(.blocked(nanos: nanos, task: nil), loop: nil)
        advanceClock(by: nanos)
    }

    /// Virtual nanoseconds since the run began.
    public var clockNanos: Int64 { clock.nanos }

    func advanceClock(by nanos: Int64) { clock.nanos += nanos }

    func nextSerial() -> Int {
        serialCounter += 1
        return serialCounter
    }

    func nextTaskName() -> String {
        taskNameCounter += 1
        return "Task-\(taskNameCounter)"
    }

    func enterLoop(_ loop: Loop) {
        runningLoop = loop
        trace.runningLoopID = loop.id
    }

    func leaveLoop(_ loop: Loop) {
        runningLoop = nil
        trace.runningLoopID = 0
    }

    func loopClosed(_ loop: Loop) {
        closedLoopNanos += loop.nowNanos
        openLoops.removeAll { $0 === loop }
    }
}
