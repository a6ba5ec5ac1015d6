/// `asyncio.gather(*aws, return_exceptions=...)`'s result: CPython's `_GatheringFuture`.
///
/// Its result is `[Result<FutureValue, any Error>]` in argument order (all successes unless
/// `return_exceptions`; a cancelled child appears as `CancelledError(msg or '')`). Cancelling it cancels
/// the children not done yet; it then ends with a cancellation error even with `return_exceptions`.
public final class GatheringFuture: Future {
    /// The futures in argument order (a repeated argument appears once per occurrence).
    public let children: [Future]
    var cancelRequested = false

    init(children: [Future], loop: Loop) {
        self.children = children
        super.init(loop: loop, label: "gather", serial: loop.run.nextSerial())
    }

    /// `_GatheringFuture.cancel`: cancels the children; true if any was cancelled.
    @discardableResult
    public override func cancel(message: String? = nil) -> Bool {
        guard !isDone else { return false }
        var cancelledAny = false
        for child in children where child.cancel(message: message) {
            cancelledAny = true
        }
        if cancelledAny { cancelRequested = true }
        return cancelledAny
    }
}

extension VirtualRun {
    /// `asyncio.gather(*items, return_exceptions=returnExceptions)`: coroutines become tasks in argument
    /// order (cause `.gather`); the returned future completes as CPython's does (first error, unless
    /// `returnExceptions`; otherwise when every child is done).
    public func gather(_ items: [Awaitable], returnExceptions: Bool = false) throws -> Future {
        let loop = try Awaitable.loop(for: items, in: self)
        return gather(items, returnExceptions: returnExceptions, on: loop)
    }

    func gather(_ items: [Awaitable], returnExceptions: Bool, on loop: Loop) -> Future {
        if items.isEmpty {
            let outer = loop.createFuture(label: "gather")
            outer.finish(.result([Result<FutureValue, any Error>]()))
            return outer
        }
        var seen: [ObjectIdentifier: Future] = [:]
        var children: [Future] = []
        var unique: [Future] = []
        for item in items {
            if let future = seen[item.identity] {
                children.append(future)
                continue
            }
            let future = item.ensureFuture(on: loop, cause: .gather)
            seen[item.identity] = future
            children.append(future)
            unique.append(future)
        }
        let outer = GatheringFuture(children: children, loop: loop)
        var finished = 0
        let total = unique.count
        for child in unique {
            child.addDoneCallback { done in
                finished += 1
                if outer.isDone {
                    if !done.isCancelled { _ = try? done.exception() }
                    return
                }
                if !returnExceptions {
                    if done.isCancelled {
                        outer.finish(.failure(done.makeCancelledError()))
                        return
                    }
                    if let error = try? done.exception() {
                        outer.finish(.failure(error))
                        return
                    }
                }
                guard finished == total else { return }
                let results = outer.children.map(Self.gatheredResult)
                if outer.cancelRequested, let last = outer.children.last {
                    outer.finish(.failure(last.makeCancelledError()))
                } else {
                    outer.finish(.result(results))
                }
            }
        }
        return outer
    }

    private static func gatheredResult(_ child: Future) -> Result<FutureValue, any Error> {
        if child.isCancelled { return .failure(AsyncError.cancelled(child.cancelMessage ?? "")) }
        if let error = try? child.exception() { return .failure(error) }
        return Result { try child.result() }
    }
}
