import AsyncModel
import XCTest

/// Our rules where CPython leaves the order undefined (DESIGN.md), and the model's own guards.
final class RuleTests: XCTestCase {
    /// CPython cancels `all_tasks()`, a set, at shutdown; we cancel in creation order, so the cancelled
    /// tasks resume in creation order (the project's recorder applies the same rule to CPython).
    func testShutdownCancelsInCreationOrder() throws {
        let s = Scenario()
        s.runMain(s.coroutine("main") {
            Step.do {
                for name in ["first", "second", "third"] {
                    s.task(s.coroutine("sleeper") {
                        Step.await({ .coroutine(SleepCoroutine(10, in: s.run)) }, except: { error in
                            s.say("\(name) cancelled")
                            return .raise(error)
                        })
                    })
                }
            }
            s.sleep(1)
        })
        try assertMatchesCPython(s, "shutdown_creation_order")
    }

    /// When nothing is ready and nothing is scheduled, CPython would wait forever; the model says so.
    func testWaitingForeverIsADeadlock() {
        let s = Scenario()
        let future = Slot<Future>()
        s.runMain(s.coroutine("main") {
            Step.do { future.set(s.loop.createFuture()) }
            Step.await { future.awaitable }
        })
        XCTAssertEqual((s.uncaught as? AsyncError)?.kind, .deadlock)
        XCTAssertNil(s.run.runningLoop)
    }

    /// Deadlines are whole nanoseconds: `now + delay` rounded, so 0.1 + 0.2 ties with 0.3.
    func testDeadlinesRoundToTheNanosecond() {
        XCTAssertEqual(VirtualTime.nanos(0.1 + 0.2), VirtualTime.nanos(0.3))
        XCTAssertEqual(VirtualTime.nanos(1.5e-9), 2)
        XCTAssertEqual(VirtualTime.nanos(.infinity), VirtualTime.farFutureNanos)
        XCTAssertEqual(VirtualTime.nanos(.nan), VirtualTime.farFutureNanos)
    }

    /// Handles scheduled during an iteration run in the next one (a snapshot count, as `_run_once`).
    func testHandlesScheduledDuringAnIterationRunInTheNext() throws {
        let run = VirtualRun()
        let loop = run.newLoop()
        var order: [String] = []
        loop.callSoon {
            order.append("a")
            loop.callSoon { order.append("c") }
        }
        loop.callSoon { order.append("b") }
        try loop.runOnce()
        XCTAssertEqual(order, ["a", "b"])
        try loop.runOnce()
        XCTAssertEqual(order, ["a", "b", "c"])
    }

    /// Cancelled timers are swept when they are more than half of over 100, without changing the order
    /// of the others.
    func testCancelledTimersAreSweptWithoutReordering() throws {
        let run = VirtualRun()
        let loop = run.newLoop()
        var fired: [Int] = []
        let handles = (0..<300).map { index in loop.callLater(1 + Double(index % 3)) { fired.append(index) } }
        for (index, handle) in handles.enumerated() where index % 3 != 1 { handle.cancel() }
        loop.callLater(0.5) { fired.append(-1) }
        XCTAssertEqual(loop.scheduledTimerCount, 301)
        try loop.runOnce()
        XCTAssertEqual(loop.scheduledTimerCount, 100, "the 200 cancelled timers were swept, the 0.5 s one fired")
        while loop.scheduledTimerCount > 0 { try loop.runOnce() }
        XCTAssertEqual(fired, [-1] + Array(stride(from: 1, to: 300, by: 3)))
        XCTAssertEqual(loop.time(), 2)
    }

    /// Future misuse raises CPython's errors; callbacks are scheduled, never run inline.
    func testFutureMisuseAndScheduledCallbacks() throws {
        let run = VirtualRun()
        let loop = run.newLoop()
        let future = loop.createFuture()
        XCTAssertThrowsError(try future.result()) { XCTAssertEqual(($0 as? AsyncError)?.message, "Result is not ready.") }
        var called = 0
        future.addDoneCallback { _ in called += 1 }
        try future.setResult(1)
        XCTAssertEqual(called, 0, "not inline")
        XCTAssertThrowsError(try future.setResult(2)) { XCTAssertEqual(($0 as? AsyncError)?.kind, .invalidState) }
        try loop.runOnce()
        XCTAssertEqual(called, 1)
        XCTAssertFalse(future.cancel())
    }

    /// `run_until_complete` on a closed loop, and `close` of a running loop, are refused.
    func testClosedLoopRefusesToRun() throws {
        let run = VirtualRun()
        let loop = run.newLoop()
        try loop.close()
        XCTAssertThrowsError(try loop.runUntilComplete(loop.createFuture())) {
            XCTAssertEqual(($0 as? AsyncError)?.message, "Event loop is closed")
        }
    }
}
