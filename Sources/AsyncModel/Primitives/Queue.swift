import DequeModule

/// `asyncio.Queue`, `LifoQueue` and `PriorityQueue` (by `discipline`).
///
/// Ordering promises, as in CPython: each `put` wakes the first pending getter, each `get` the first
/// pending putter (woken waiters re-check, so a barging call may take the item first); `get()` on a
/// non-empty queue and `put()` on a non-full one return without suspending; `join()` waits until every
/// item put has been marked `task_done()`.
public final class AsyncQueue {
    /// The run the primitive serves: the one using it now. Like CPython's `_LoopBoundMixin`, a primitive made
    /// outside any loop (at module level) binds to a loop only when it first needs one.
    private let runSource: () -> VirtualRun
    private var run: VirtualRun { runSource() }
    private var binding = LoopBinding()
    private var storage: QueueStorage
    private var getters = Deque<Future>()
    private var putters = Deque<Future>()
    /// `queue.maxsize`; 0 or less is unbounded.
    public let maxsize: Int
    /// CPython's `_unfinished_tasks`.
    public private(set) var unfinishedTasks = 0
    private let finished: Event

    public convenience init(maxsize: Int = 0, discipline: QueueDiscipline = .fifo, in run: VirtualRun) {
        self.init(maxsize: maxsize, discipline: discipline, following: { run })
    }

    /// A queue that serves whatever run `runSource` returns when it is used.
    public init(maxsize: Int = 0, discipline: QueueDiscipline = .fifo, following runSource: @escaping () -> VirtualRun) {
        self.runSource = runSource
        self.maxsize = maxsize
        self.storage = QueueStorage(discipline)
        self.finished = Event(following: runSource)
        finished.set()
    }

    /// `queue.qsize()`.
    public var count: Int { storage.count }
    /// `queue.empty()`.
    public var isEmpty: Bool { storage.count == 0 }
    /// `queue.full()`.
    public var isFull: Bool { maxsize > 0 && storage.count >= maxsize }
    /// The items in storage order (for reprs).
    public var contents: [FutureValue] { storage.contents }

    /// `await queue.put(item)`: returns `()` once the item is in.
    public func put(_ item: FutureValue) -> NativeCoroutine {
        NativeCoroutine(name: "Queue.put") { [self] in putWhenNotFull(item) }
    }

    private func putWhenNotFull(_ item: FutureValue) -> NativeCoroutine.Next {
        guard isFull else { return Self.next { try putNowait(item) } }
        let putter: Future
        do {
            putter = try binding.loop(in: run, owner: "Queue").createFuture(label: "Queue.put")
        } catch {
            return .raised(error)
        }
        putters.append(putter)
        return .await(putter) { [self] resumption in
            if case .error(let error) = resumption {
                putter.cancel()
                putters.removeFirst(identicalTo: putter)
                if !isFull && !putter.isCancelled { wakeUpNext(&putters) }
                return .raised(error)
            }
            return putWhenNotFull(item)
        }
    }

    /// `queue.put_nowait(item)`: throws `QueueFull` when full.
    public func putNowait(_ item: FutureValue) throws {
        guard !isFull else { throw AsyncError(.queueFull) }
        try storage.put(item)
        unfinishedTasks += 1
        finished.clear()
        wakeUpNext(&getters)
    }

    /// `await queue.get()`: returns the item.
    public func get() -> NativeCoroutine {
        NativeCoroutine(name: "Queue.get") { [self] in getWhenNotEmpty() }
    }

    private func getWhenNotEmpty() -> NativeCoroutine.Next {
        guard isEmpty else { return Self.next { try getNowait() } }
        let getter: Future
        do {
            getter = try binding.loop(in: run, owner: "Queue").createFuture(label: "Queue.get")
        } catch {
            return .raised(error)
        }
        getters.append(getter)
        return .await(getter) { [self] resumption in
            if case .error(let error) = resumption {
                getter.cancel()
                getters.removeFirst(identicalTo: getter)
                if !isEmpty && !getter.isCancelled { wakeUpNext(&getters) }
                return .raised(error)
            }
            return getWhenNotEmpty()
        }
    }

    /// `queue.get_nowait()`: throws `QueueEmpty` when empty.
    public func getNowait() throws -> FutureValue {
        guard let item = try storage.get() else { throw AsyncError(.queueEmpty) }
        wakeUpNext(&putters)
        return item
    }

    /// `queue.task_done()`: throws `ValueError("task_done() called too many times")`.
    public func taskDone() throws {
        guard unfinishedTasks > 0 else { throw AsyncError(.value, "task_done() called too many times") }
        unfinishedTasks -= 1
        if unfinishedTasks == 0 { finished.set() }
    }

    /// `await queue.join()`: returns `()` when every item put has been marked done.
    public func join() -> NativeCoroutine {
        NativeCoroutine(name: "Queue.join") { [self] in
            guard unfinishedTasks > 0 else { return .returned(()) }
            return .awaitCoroutine(finished.wait()) { resumption in
                if case .error(let error) = resumption { return .raised(error) }
                return .returned(())
            }
        }
    }

    /// CPython's `_wakeup_next`: completes the first waiter not done, dropping the ones before it.
    private func wakeUpNext(_ waiters: inout Deque<Future>) {
        while let waiter = waiters.popFirst() {
            if !waiter.isDone {
                waiter.finish(.result(()))
                break
            }
        }
    }

    private static func next(_ body: () throws -> FutureValue) -> NativeCoroutine.Next {
        do {
            return .returned(try body())
        } catch {
            return .raised(error)
        }
    }
}
