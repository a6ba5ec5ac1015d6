import DequeModule

/// How a queue keeps its items: FIFO (`Queue`), LIFO (`LifoQueue`) or a binary heap (`PriorityQueue`).
public enum QueueDiscipline {
    case fifo
    case lifo
    /// `heapq` order under the driver's `<` (a Python comparison, which may raise).
    case priority(lessThan: (FutureValue, FutureValue) throws -> Bool)
}

/// The items of a queue, kept as CPython keeps them (a deque, a list, or a `heapq` list).
struct QueueStorage {
    private let discipline: QueueDiscipline
    private var items = Deque<FutureValue>()
    private var heap: [FutureValue] = []

    init(_ discipline: QueueDiscipline) { self.discipline = discipline }

    var count: Int {
        if case .priority = discipline { return heap.count }
        return items.count
    }

    /// The items in storage order (CPython's `_queue`, for reprs).
    var contents: [FutureValue] {
        if case .priority = discipline { return heap }
        return Array(items)
    }

    mutating func put(_ item: FutureValue) throws {
        switch discipline {
        case .fifo, .lifo: items.append(item)
        case .priority(let lessThan):
            heap.append(item)
            try siftDown(0, heap.count - 1, lessThan)
        }
    }

    mutating func get() throws -> FutureValue? {
        switch discipline {
        case .fifo: return items.popFirst()
        case .lifo: return items.popLast()
        case .priority(let lessThan):
            guard let last = heap.popLast() else { return nil }
            guard !heap.isEmpty else { return last }
            let top = heap[0]
            heap[0] = last
            try siftUp(0, lessThan)
            return top
        }
    }

    /// `heapq._siftdown`: moves the item at `position` up towards `start`.
    private mutating func siftDown(
        _ start: Int, _ position: Int, _ lessThan: (FutureValue, FutureValue) throws -> Bool
    ) throws {
        var position = position
        let item = heap[position]
        while position > start {
            let parentPosition = (position - 1) >> 1
            let parent = heap[parentPosition]
            if try lessThan(item, parent) {
                heap[position] = parent
                position = parentPosition
                continue
            }
            break
        }
        heap[position] = item
    }

    /// `heapq._siftup`: moves the smaller child up until a leaf, then sifts the item down.
    private mutating func siftUp(_ start: Int, _ lessThan: (FutureValue, FutureValue) throws -> Bool) throws {
        let end = heap.count
        var position = start
        let item = heap[position]
        var child = 2 * position + 1
        while child < end {
            let right = child + 1
            if right < end, !(try lessThan(heap[child], heap[right])) {
                child = right
            }
            heap[position] = heap[child]
            position = child
            child = 2 * position + 1
        }
        heap[position] = item
        try siftDown(start, position, lessThan)
    }
}
