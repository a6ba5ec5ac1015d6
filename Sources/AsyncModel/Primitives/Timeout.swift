/// `asyncio.timeout(delay)` / `asyncio.timeout_at(when)`: the async context manager of CPython 3.11.
///
/// On entering, the current task is remembered and a handle is scheduled at `when` (with `call_soon`
/// when `when` is already past); when it fires, the task is cancelled. On exiting with a cancellation
/// caused by this timeout (the task's cancellation count drops back to what it was on entry), the
/// cancellation becomes `TimeoutError`.
///
/// Driver contract: `exit(error:)` returns `()` (Python's `None`: the driver re-raises the body's error,
/// if any) or raises the error that replaces it.
public final class Timeout {
    public enum State: String, Sendable {
        case created, active, expiring, expired, finished
    }

    private let run: VirtualRun
    public private(set) var state = State.created
    /// `timeout.when()`: the deadline in loop seconds, `nil` for none.
    public private(set) var when: Double?
    private var handle: Handle?
    private var task: Task?
    private var cancellingOnEntry = 0

    /// `asyncio.timeout_at(when)`.
    public init(at when: Double?, in run: VirtualRun) {
        self.run = run
        self.when = when
    }

    /// `asyncio.timeout(delay)`: the deadline is `loop.time() + delay`; throws outside a running loop.
    public convenience init(after delay: Double?, in run: VirtualRun) throws {
        let loop = try run.requireRunningLoop()
        self.init(at: delay.map { loop.time() + $0 }, in: run)
    }

    /// `timeout.expired()`.
    public var expired: Bool { state == .expiring || state == .expired }

    /// `timeout.reschedule(when)`.
    public func reschedule(_ when: Double?) throws {
        guard state == .active else {
            if state == .created { throw AsyncError(.runtime, "Timeout has not been entered") }
            throw AsyncError(.runtime, "Cannot change state of \(state.rawValue) Timeout")
        }
        self.when = when
        handle?.cancel()
        guard let when else {
            handle = nil
            return
        }
        let loop = try run.requireRunningLoop()
        if when <= loop.time() {
            handle = loop.callSoon { [weak self] in self?.fire() }
        } else {
            handle = loop.scheduleTimer(.call { [weak self] in self?.fire() }, atNanos: VirtualTime.nanos(when))
        }
    }

    /// `await timeout.__aenter__()`: returns the `Timeout` itself.
    public func enter() -> NativeCoroutine {
        NativeCoroutine(name: "Timeout.__aenter__") { [self] in
            guard state == .created else { return .raised(AsyncError(.runtime, "Timeout has already been entered")) }
            guard let current = run.currentTask else {
                return .raised(AsyncError(.runtime, "Timeout should be used inside a task"))
            }
            state = .active
            task = current
            cancellingOnEntry = current.cancelling
            do {
                try reschedule(when)
            } catch {
                return .raised(error)
            }
            return .returned(self)
        }
    }

    /// `await timeout.__aexit__(type(error), error, tb)`.
    public func exit(error: (any Error)?) -> NativeCoroutine {
        NativeCoroutine(name: "Timeout.__aexit__") { [self] in
            handle?.cancel()
            handle = nil
            if state == .expiring {
                state = .expired
                let remaining = task?.uncancel() ?? 0
                if remaining <= cancellingOnEntry, let error, isCancellation(error) {
                    return .raised(AsyncError(.timeout))
                }
            } else if state == .active {
                state = .finished
            }
            return .returned(())
        }
    }

    private func fire() {
        task?.cancel()
        state = .expiring
        handle = nil
    }
}
