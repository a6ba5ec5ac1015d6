/// Work that runs on a modelled worker thread (`run_in_executor`, `to_thread`).
///
/// The driver runs the function in segments: each `resume()` runs it until it blocks for a duration
/// (`time.sleep` on the worker: the worker is busy while the loop runs on) or finishes. Prints during a
/// segment belong to no task.
public protocol WorkerJob: AnyObject {
    func resume() -> WorkerStep
}

/// What one segment of a worker job did. A segment runs with no current task (`Loop.currentTask` is nil),
/// even the first one, which runs at submission inside the submitting task's step.
public enum WorkerStep {
    /// The function blocked for this many seconds; `resume()` is called again after them.
    case blocked(seconds: Double)
    case returned(FutureValue)
    case raised(any Error)
}

/// A job that takes a fixed virtual duration and then returns a value.
public final class FixedWorkerJob: WorkerJob {
    private var remaining: Double?
    private let value: FutureValue

    public init(seconds: Double, returning value: FutureValue = ()) {
        self.remaining = seconds
        self.value = value
    }

    public func resume() -> WorkerStep {
        guard let seconds = remaining, seconds > 0 else { return .returned(value) }
        remaining = nil
        return .blocked(seconds: seconds)
    }
}

/// The loop's default `ThreadPoolExecutor`: at most `workers` jobs run at once, the others wait in
/// submission order. A job's segments run from timers at the virtual instants its blocking ends; its
/// result reaches the awaiting future through a `call_soon` handle, as `call_soon_threadsafe` does.
///
/// Our rule where CPython races threads: a job starts the moment a worker is free (at submission, or when
/// an earlier job finishes), and finishing jobs are handled in deadline order, ties in scheduling order.
final class Executor {
    let workers: Int
    private(set) var wasUsed = false
    private var busy = 0
    private var queue: [(any WorkerJob, Future)] = []
    private var idleWaiters: [Future] = []
    /// Jobs blocked in the worker (`time.sleep` there), each with the timer that resumes it.
    private var sleepers: [(timer: Handle, when: Int64, resume: () -> Void)] = []

    init(workers: Int) { self.workers = workers }

    func submit(_ job: any WorkerJob, label: String, loop: Loop) -> Future {
        wasUsed = true
        let future = loop.createFuture(label: label)
        if busy < workers {
            busy += 1
            start(job, future, loop: loop)
        } else {
            queue.append((job, future))
        }
        return future
    }

    /// Runs segments until the job blocks (a timer resumes it) or ends (the worker takes the next job).
    private func start(_ job: any WorkerJob, _ future: Future, loop: Loop) {
        loop.trace.record(.workerSegment(future: future.serial), loop: loop)
        switch loop.outsideAnyTask(job.resume) {
        case .blocked(let seconds):
            let when = loop.nowNanos &+ max(0, VirtualTime.nanos(seconds))
            var timer: Handle?
            let resume = { [unowned self, unowned loop] in
                self.sleepers.removeAll { $0.timer === timer }
                self.start(job, future, loop: loop)
            }
            timer = loop.scheduleTimer(.call(resume), atNanos: when)
            if let timer { sleepers.append((timer, when, resume)) }
        case .returned(let value):
            loop.schedule(.call { if !future.isDone { future.finish(.result(value)) } })
            workerFreed(loop: loop)
        case .raised(let error):
            loop.schedule(.call { if !future.isDone { future.finish(.failure(error)) } })
            workerFreed(loop: loop)
        }
    }

    /// While the loop's thread is blocked (`time.sleep` in a coroutine) until `target`, the workers go on: each
    /// job whose sleep ends before then runs its next segment at that instant, in deadline order (ties in
    /// scheduling order). What they deliver reaches the loop after the block, as `call_soon_threadsafe` does.
    func runWorkers(whileBlockedUntil target: Int64, loop: Loop, advance: (Int64) -> Void) {
        while let next = sleepers.min(by: { ($0.when, $0.timer.sequence) < ($1.when, $1.timer.sequence) }), next.when <= target {
            next.timer.cancel()
            advance(max(0, next.when - loop.nowNanos))
            next.resume()
        }
    }

    private func workerFreed(loop: Loop) {
        if !queue.isEmpty {
            let (job, future) = queue.removeFirst()
            start(job, future, loop: loop)
            return
        }
        busy -= 1
        if busy == 0 {
            let waiters = idleWaiters
            idleWaiters.removeAll()
            loop.schedule(.call { for waiter in waiters where !waiter.isDone { waiter.finish(.result(())) } })
        }
    }

    /// A future that completes when no job is running or queued (`executor.shutdown(wait=True)`).
    func idle(loop: Loop) -> Future {
        let future = loop.createFuture(label: "shutdown_default_executor")
        if busy == 0 {
            loop.schedule(.call { if !future.isDone { future.finish(.result(())) } })
        } else {
            idleWaiters.append(future)
        }
        return future
    }
}
