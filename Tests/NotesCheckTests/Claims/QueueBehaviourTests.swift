import XCTest
@testable import NotesCheck

/// The queues family's patterns (Queue, LifoQueue, PriorityQueue).
final class QueueBehaviourTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] { readBehaviours(text, family: "queues", matcher: matcher) }

    func testGetOnAnEmptyQueue() {
        XCTAssertEqual(read("`await queue.get()` suspends until an item is available."), ["get-on-empty=waits"])
        XCTAssertEqual(read("Calling `get()` on an empty queue blocks until something is put."), ["get-on-empty=waits"])
        XCTAssertEqual(read("`get()` on an empty queue raises `QueueEmpty`."), ["get-on-empty=queueempty"])
        XCTAssertEqual(read("`queue.get_nowait()` raises `asyncio.QueueEmpty` when the queue is empty."), ["get-nowait-on-empty=queueempty"])
        XCTAssertEqual(read("`get()` on a non-empty queue still yields to the event loop once."), ["get-nonempty-yields=True"])
    }

    func testPutOnAFullQueue() {
        XCTAssertEqual(read("`put()` on a full bounded queue waits until a consumer makes room."), ["put-on-full=waits"])
        XCTAssertEqual(read("`put()` on a full queue raises `QueueFull`."), ["put-on-full=queuefull"])
        XCTAssertEqual(read("`q.put_nowait(x)` raises `QueueFull` if there is no room."), ["put-nowait-on-full=queuefull"])
        XCTAssertEqual(read("A `Queue()` created without a `maxsize` is unbounded."), ["default-unbounded=True"])
    }

    func testJoinWaitsForTaskDone() {
        XCTAssertEqual(read("`queue.join()` returns as soon as the queue is empty."), ["join-waits-for-task-done=False"])
        XCTAssertEqual(read("`q.join()` blocks until every item has been processed."), ["join-waits-for-task-done=True"])
        XCTAssertEqual(read("`join()` waits until `task_done()` has been called for each item."), ["join-waits-for-task-done=True"])
    }

    func testWhichItemComesOutFirst() {
        XCTAssertEqual(read("`LifoQueue` returns the newest item first."), ["lifoqueue-order=lifo"])
        XCTAssertEqual(read("A `LifoQueue` hands back the oldest item first."), ["not lifoqueue-order=lifo"])
        XCTAssertEqual(read("`PriorityQueue` hands out the lowest value first."), ["priorityqueue-order=smallest-first"])
        XCTAssertEqual(read("An `asyncio.Queue` is FIFO."), ["queue-order=fifo"])
    }

    func testNowaitVariantsAndMaxsizeZero() {
        XCTAssertEqual(read("Getting an item from an empty queue raises `QueueEmpty`."), ["get-on-empty=queueempty"])
        XCTAssertEqual(read("`put_nowait()` blocks when the queue is full."), ["put-nowait-on-full=waits"])
        XCTAssertEqual(read("`Queue(maxsize=0)` means the queue is unbounded."), ["default-unbounded=True"])
        XCTAssertEqual(read("`maxsize=0` creates a queue that can hold no items."), ["default-unbounded=False"])
    }

    func testMorePhrasings() {
        XCTAssertEqual(read("`queue.get()` raises `QueueEmpty` when there is nothing in the queue."), ["get-on-empty=queueempty"])
        XCTAssertEqual(read("`await queue.put(item)` raises `QueueFull` if the queue is full."), ["put-on-full=queuefull"])
        XCTAssertEqual(read("`queue.join()` returns once all items have been removed from the queue."), ["join-waits-for-task-done=False"])
        XCTAssertEqual(read("A `LifoQueue` returns items in the order they were added."), ["lifoqueue-order=fifo"])
        XCTAssertEqual(read("A `LifoQueue` returns items in the reverse order they were added."), ["not lifoqueue-order=fifo"])
    }

    func testQueueOrderInWords() {
        XCTAssertEqual(read("`asyncio.Queue` returns items in LIFO order."), ["not queue-order=fifo"])
        XCTAssertEqual(read("`asyncio.Queue` hands items back in the order they were added."), ["queue-order=fifo"])
    }

    func testMentionsAreNotClaims() {
        XCTAssertEqual(read("We use an `asyncio.Queue` to hand work to the consumers."), [])
        XCTAssertEqual(read("`queue.get()` returns the next item."), [])
        XCTAssertEqual(read("Call `task_done()` after each `get()`."), [])
        XCTAssertEqual(read("`\", \".join(names)` builds the line."), [])
    }
}
