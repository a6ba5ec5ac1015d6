import HeapModule

/// The loop's pending timers, ordered by (deadline, scheduling sequence).
///
/// Our rule where CPython leaves order undefined: CPython's `heapq` compares deadlines only, so exact ties
/// come out in an accident of heap shape. Real CPython almost never sees exact ties (real time passes
/// between two calls), and then it fires them in the order scheduled; so do we, for every tie.
struct TimerHeap {
    private struct Entry: Comparable {
        let whenNanos: Int64
        let sequence: UInt64
        let handle: Handle

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.whenNanos, lhs.sequence) < (rhs.whenNanos, rhs.sequence)
        }

        static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.whenNanos == rhs.whenNanos && lhs.sequence == rhs.sequence
        }
    }

    private var heap = Heap<Entry>()

    var count: Int { heap.count }

    /// The earliest deadline, `nil` when no timer is pending.
    var earliestNanos: Int64? { heap.min?.whenNanos }

    /// Whether the earliest timer has been cancelled (CPython drops such timers from the head first).
    var earliestIsCancelled: Bool { heap.min?.handle.isCancelled ?? false }

    mutating func insert(_ handle: Handle) {
        heap.insert(Entry(whenNanos: handle.whenNanos ?? Int64.min, sequence: handle.sequence, handle: handle))
    }

    mutating func popEarliest() -> Handle? { heap.popMin()?.handle }

    /// Drops every cancelled timer (CPython does so when more than half of at least 100 timers are
    /// cancelled); the order of the others is unchanged, as it depends only on (deadline, sequence).
    /// Empties the heap (a closing loop), marking every timer as no longer scheduled.
    mutating func removeAll() {
        for entry in heap.unordered { entry.handle.isScheduled = false }
        heap = Heap()
    }

    mutating func removeCancelled() {
        heap = Heap(heap.unordered.filter { !$0.handle.isCancelled })
    }
}
