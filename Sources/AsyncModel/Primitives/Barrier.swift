/// `asyncio.Barrier(parties)`, built as CPython builds it: on a `Condition`, with the states FILLING,
/// DRAINING, RESETTING and BROKEN. `wait()` returns the arrival index (0 for the first to arrive); the
/// last arrival releases everyone, who then leave in the order they were notified.
public final class Barrier {
    enum State: String { case filling, draining, resetting, broken }

    private let condition: Condition
    /// `barrier.parties`.
    public let parties: Int
    private var state = State.filling
    private var count = 0

    /// Throws `ValueError("parties must be > 0")`.
    public convenience init(parties: Int, in run: VirtualRun) throws {
        try self.init(parties: parties, following: { run })
    }

    /// A barrier that serves whatever run `runSource` returns when it is used.
    public init(parties: Int, following runSource: @escaping () -> VirtualRun) throws {
        guard parties >= 1 else { throw AsyncError(.value, "parties must be > 0") }
        self.parties = parties
        self.condition = Condition(following: runSource)
    }

    /// `barrier.n_waiting`.
    public var waitingCount: Int { state == .filling ? count : 0 }
    /// `barrier.broken`.
    public var isBroken: Bool { state == .broken }

    /// `await barrier.wait()`: returns the arrival index as an `Int`; throws `BrokenBarrierError`.
    public func wait() -> NativeCoroutine {
        NativeCoroutine(name: "Barrier.wait") { [self] in
            withCondition("Barrier.wait") { [self] in
                .awaitCoroutine(waitFor { [self] in state != .draining && state != .resetting }) { [self] resumption in
                    if case .error(let error) = resumption { return .raised(error) }
                    if state == .broken { return .raised(AsyncError(.brokenBarrier, "Barrier aborted")) }
                    let index = count
                    count += 1
                    if index + 1 == parties {
                        state = .draining
                        try? condition.notifyAll()
                        leave()
                        return .returned(index)
                    }
                    return .awaitCoroutine(waitFor { [self] in state != .filling }) { [self] resumption in
                        defer { leave() }
                        if case .error(let error) = resumption { return .raised(error) }
                        if state == .broken || state == .resetting {
                            return .raised(AsyncError(.brokenBarrier, "Abort or reset of barrier"))
                        }
                        return .returned(index)
                    }
                }
            }
        }
    }

    /// `await barrier.reset()`.
    public func reset() -> NativeCoroutine {
        NativeCoroutine(name: "Barrier.reset") { [self] in
            withCondition("Barrier.reset") { [self] in
                if count > 0 {
                    state = .resetting
                } else {
                    state = .filling
                }
                try? condition.notifyAll()
                return .returned(())
            }
        }
    }

    /// `await barrier.abort()`.
    public func abort() -> NativeCoroutine {
        NativeCoroutine(name: "Barrier.abort") { [self] in
            withCondition("Barrier.abort") { [self] in
                state = .broken
                try? condition.notifyAll()
                return .returned(())
            }
        }
    }

    /// The `finally` of `wait()`: `_count -= 1; _exit()`.
    private func leave() {
        count -= 1
        if count == 0 {
            if state == .resetting || state == .draining { state = .filling }
            try? condition.notifyAll()
        }
    }

    private func waitFor(_ predicate: @escaping () -> Bool) -> NativeCoroutine {
        condition.waitFor({ predicate() }, isTrue: { ($0 as? Bool) == true })
    }

    /// `async with self._cond:` around a body.
    private func withCondition(_ name: String, _ body: @escaping () -> NativeCoroutine.Next) -> NativeCoroutine.Next {
        .awaitCoroutine(condition.acquire()) { [self] acquired in
            if case .error(let error) = acquired { return .raised(error) }
            return .awaitCoroutine(NativeCoroutine(name: name, body: body)) { [self] outcome in
                do {
                    try condition.release()
                } catch {
                    return .raised(error)
                }
                switch outcome {
                case .value(let value): return .returned(value)
                case .error(let error): return .raised(error)
                }
            }
        }
    }
}
