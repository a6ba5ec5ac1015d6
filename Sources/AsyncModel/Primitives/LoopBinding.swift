import DequeModule

/// CPython's `mixins._LoopBoundMixin`: a primitive binds to the running loop the first time it needs one
/// and refuses every other loop afterwards.
struct LoopBinding {
    private var bound: Loop?

    mutating func loop(in run: VirtualRun, owner: String) throws -> Loop {
        let running = try run.requireRunningLoop()
        if let bound, bound !== running {
            throw AsyncError(.runtime, "<\(owner)> is bound to a different event loop")
        }
        bound = running
        return running
    }
}

extension Deque where Element == Future {
    /// `deque.remove(fut)`: removes the first occurrence of this very future, if present.
    mutating func removeFirst(identicalTo future: Future) {
        if let index = firstIndex(where: { $0 === future }) { remove(at: index) }
    }
}
