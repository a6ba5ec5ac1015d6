import XCTest
@testable import NotesCheck

/// The synchronisation family's patterns (Event, Lock, Semaphore, BoundedSemaphore, Condition).
final class SynchronisationBehaviourTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] { readBehaviours(text, family: "synchronisation", matcher: matcher) }

    func testEventSetWakesEveryWaiter() {
        XCTAssertEqual(read("`event.set()` wakes up all waiting coroutines."), ["event-set-wakes-all=True"])
        XCTAssertEqual(read("Calling `set()` on the event releases only one waiter."), ["event-set-wakes-all=False"])
    }

    func testEventSetDoesNotSwitch() {
        XCTAssertEqual(read("`set()` switches to the waiting tasks straight away, before it returns to the caller."), ["event-set-switches=True"])
        XCTAssertEqual(read("After `event.set()` the waiting tasks run immediately, before `set()` returns."), ["event-set-switches=True"])
    }

    func testWaitersWakeInOrder() {
        XCTAssertEqual(read("Waiters are released in FIFO order."), ["event-wake-order=fifo"])
        XCTAssertEqual(read("They wake in the order they started waiting."), ["event-wake-order=fifo"])
        XCTAssertEqual(read("Waiters are woken in random order."), ["not event-wake-order=fifo"])
        XCTAssertEqual(read("The event stays set afterwards."), ["event-stays-set=True"])
    }

    func testLockIsNotReentrant() {
        XCTAssertEqual(read("`asyncio.Lock` is not reentrant."), ["not lock-reentrant=True"])
        XCTAssertEqual(read("Unlike `threading.RLock`, an asyncio lock is not re-entrant."), ["not lock-reentrant=True"])
        XCTAssertEqual(read("A second `acquire()` by the task that already holds the lock blocks forever."), ["lock-reentrant=False"])
        XCTAssertEqual(read("The task that holds the lock can acquire it a second time."), ["lock-reentrant=True"])
    }

    func testLockFairnessAndState() {
        XCTAssertEqual(read("The lock is granted in FIFO order."), ["lock-order=fifo"])
        XCTAssertEqual(read("Waiting tasks get the lock on a first-come, first-served basis."), ["lock-order=fifo"])
        XCTAssertEqual(read("`lock.locked()` returns True as long as some task holds the lock."), ["lock-locked-while-held=true"])
    }

    func testSemaphores() {
        XCTAssertEqual(read("`asyncio.Semaphore(3)` allows three coroutines to run at once."), ["semaphore-admits-value=True"])
        XCTAssertEqual(read("`Semaphore(2)` lets at most 2 jobs in at a time."), ["semaphore-admits-value=True"])
        XCTAssertEqual(read("A `BoundedSemaphore` raises `ValueError` if released more times than acquired."), ["bounded-extra-release=valueerror"])
        XCTAssertEqual(read("Releasing a `BoundedSemaphore` more times than it was acquired is silently ignored."), ["bounded-extra-release=returns"])
        XCTAssertEqual(read("A plain `Semaphore` does not complain about an extra `release()`."), ["not plain-extra-release=ValueError"])
    }

    func testConditionNotify() {
        XCTAssertEqual(read("`cond.notify()` wakes a single waiting task."), ["notify-wakes=one"])
        XCTAssertEqual(read("On a `Condition`, `notify()` wakes up all the waiting tasks."), ["notify-wakes=all"])
        XCTAssertEqual(read("`notify_all()` wakes all of them."), ["notify-all-wakes=all"])
    }

    func testLockReleaseAndWaitOnASetEvent() {
        XCTAssertEqual(read("Setting an event wakes all the waiters."), ["event-set-wakes-all=True"])
        XCTAssertEqual(read("`async with lock:` releases the lock even if the body raises."), ["lock-released-on-exception=True"])
        XCTAssertEqual(read("`event.wait()` returns immediately if the event is already set."), ["event-wait-when-set-suspends=False"])
        XCTAssertEqual(read("Calling `cond.notify()` without holding the lock raises `RuntimeError`."), ["notify-unlocked=runtimeerror"])
        XCTAssertEqual(read("`lock.release()` on an unlocked lock raises `RuntimeError`."), ["lock-release-unlocked=runtimeerror"])
    }

    func testMorePhrasings() {
        XCTAssertEqual(read("An `asyncio.Lock` can be acquired twice by the same task without blocking."), ["lock-reentrant=True"])
        XCTAssertEqual(read("Locks in asyncio are re-entrant."), ["lock-reentrant=True"])
        XCTAssertEqual(read("When `set()` is called, control passes to the waiting tasks immediately."), ["event-set-switches=True"])
        XCTAssertEqual(read("`asyncio.Semaphore(3)` allows only one coroutine at a time."), ["semaphore-admits-value=False"])
        XCTAssertEqual(read("`Semaphore(3)` lets two requests through at a time."), ["semaphore-admits-value=False"])
        XCTAssertEqual(read("`Semaphore(1)` allows one task at a time, just like a lock."), ["semaphore-admits-value=True"])
        XCTAssertEqual(read("`BoundedSemaphore` silently ignores extra `release()` calls."), ["bounded-extra-release=returns"])
    }

    func testWhoWakesAndInWhichOrder() {
        XCTAssertEqual(read("`asyncio.Event.set()` resumes only the most recent waiter."), ["event-set-wakes-all=False"])
        XCTAssertEqual(read("Waiters on an event are woken in reverse order."), ["not event-wake-order=fifo"])
    }

    func testMentionsAreNotClaims() {
        XCTAssertEqual(read("An `asyncio.Event` has `set()`, `clear()` and `wait()`."), [])
        XCTAssertEqual(read("We protect the counter with an `asyncio.Lock`."), [])
        XCTAssertEqual(read("A `Semaphore(3)` guards the downloads, and two requests go out at a time."), [])
        XCTAssertEqual(read("Put the names in a `set()` to drop duplicates."), [])
    }
}
