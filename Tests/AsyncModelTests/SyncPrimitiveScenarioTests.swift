import AsyncModel
import XCTest

/// Queues, Lock, Event, Semaphore, Condition and Barrier.
final class SyncPrimitiveScenarioTests: XCTestCase {
    func testQueueProducerConsumer() throws {
        let s = Scenario()
        let queue = AsyncQueue(maxsize: 2, in: s.run)
        let producer = s.coroutine("producer") {
            for item in 0..<4 {
                Step.await { .coroutine(queue.put(item)) }
                Step.do { s.say("put \(item) size \(queue.count)") }
            }
            Step.await { .coroutine(queue.put(())) }
        }
        let consumer = s.coroutine("consumer") {
            for _ in 0..<4 {
                Step.await({ .coroutine(queue.get()) }, value: { s.say("got \(pyRepr($0))") })
                s.sleep(1)
                Step.do { try? queue.taskDone() }
            }
            Step.await { .coroutine(queue.get()) }
            Step.do { try? queue.taskDone() }
        }
        let empty = AsyncQueue(in: s.run)
        let getter = Slot<Task>()
        s.runMain(s.coroutine("main") {
            Step.do {
                s.task(producer)
                s.task(consumer)
            }
            s.sleep(0)
            Step.await { .coroutine(queue.join()) }
            s.sayStep("joined")
            Step.do {
                let lifo = AsyncQueue(discipline: .lifo, in: s.run)
                let priority = AsyncQueue(discipline: .priority { lhs, rhs in
                    guard let lhs = lhs as? Int, let rhs = rhs as? Int else { throw ScenarioError(message: "<") }
                    return lhs < rhs
                }, in: s.run)
                for item in [3, 1, 2] {
                    try? lifo.putNowait(item)
                    try? priority.putNowait(item)
                }
                let lifoItems = (0..<3).compactMap { _ in try? lifo.getNowait() }
                let priorityItems = (0..<3).compactMap { _ in try? priority.getNowait() }
                s.say("lifo \(pyRepr(lifoItems)) priority \(pyRepr(priorityItems))")
                getter.set(s.loop.createTask(empty.get()))
            }
            s.sleep(1)
            Step.do { getter.value.cancel() }
            s.sleep(0)
            Step.do {
                s.say("getter cancelled \(pyRepr(getter.value.isCancelled))")
                do {
                    _ = try empty.getNowait()
                } catch {
                    s.say((error as? AsyncError)?.kind.rawValue ?? "?")
                }
            }
        })
        try assertMatchesCPython(s, "queue_producer_consumer")
    }

    func testLockEventSemaphore() throws {
        let s = Scenario()
        let lock = Lock(in: s.run)
        let event = Event(in: s.run)
        let semaphore = try Semaphore(value: 2, in: s.run)
        let bounded = try Semaphore(value: 1, bounded: true, in: s.run)
        func asyncWith(acquire: @escaping () -> NativeCoroutine, release: @escaping () throws -> Void,
                       @ScriptBuilder _ body: () -> [Step]) -> Step {
            Step.asyncWith(enter: acquire, exit: { _ in
                NativeCoroutine(name: "__aexit__") {
                    do {
                        try release()
                    } catch {
                        return .raised(error)
                    }
                    return .returned(())
                }
            }, body)
        }
        func locker(_ name: String) -> Awaitable {
            s.awaitable("locker") {
                asyncWith(acquire: lock.acquire, release: lock.release) {
                    s.sayStep("\(name) has the lock")
                    s.sleep(1)
                }
                s.sayStep("\(name) released")
            }
        }
        func limited(_ name: String) -> Awaitable {
            s.awaitable("limited") {
                asyncWith(acquire: semaphore.acquire, release: semaphore.release) {
                    s.sayStep("\(name) in")
                    s.sleep(1)
                }
                s.sayStep("\(name) out")
            }
        }
        let waiters = Slot<[Task]>()
        s.runMain(s.coroutine("main") {
            Step.await { s.gather(["A", "B", "C"].map(locker)) }
            Step.do {
                waiters.set(["X", "Y"].map { name in
                    s.task(s.coroutine("event_waiter") {
                        Step.await { .coroutine(event.wait()) }
                        s.sayStep("\(name) saw the event")
                    })
                })
            }
            s.sleep(1)
            Step.do {
                event.set()
                s.say("event set")
            }
            Step.await { s.gather(waiters.value.map { .future($0) }) }
            Step.await { s.gather(["P", "Q", "R", "S"].map(limited)) }
            Step.do {
                do {
                    try bounded.release()
                } catch {
                    s.say("bounded \(message(of: error))")
                }
            }
        })
        try assertMatchesCPython(s, "lock_event_semaphore")
    }

    func testConditionAndBarrier() throws {
        let s = Scenario()
        let condition = Condition(in: s.run)
        let barrier = try Barrier(parties: 3, in: s.run)
        func withCondition(@ScriptBuilder _ body: () -> [Step]) -> Step {
            Step.asyncWith(enter: condition.acquire, exit: { _ in
                NativeCoroutine(name: "__aexit__") {
                    do {
                        try condition.release()
                    } catch {
                        return .raised(error)
                    }
                    return .returned(())
                }
            }, body)
        }
        func party(_ name: String, _ delay: Double) -> Awaitable {
            s.awaitable("party") {
                s.sleep(delay)
                s.sayStep("\(name) arrives")
                Step.await({ .coroutine(barrier.wait()) }, value: { s.say("\(name) passes index \(pyRepr($0))") })
            }
        }
        let waiters = Slot<[Task]>()
        s.runMain(s.coroutine("main") {
            Step.do {
                waiters.set(["A", "B", "C"].map { name in
                    s.task(s.coroutine("cond_waiter") {
                        withCondition {
                            Step.await { .coroutine(condition.wait()) }
                            s.sayStep("\(name) woken")
                        }
                    })
                })
            }
            s.sleep(1)
            withCondition {
                Step.do {
                    try? condition.notify()
                    s.say("notified one")
                }
            }
            s.sleep(1)
            withCondition {
                Step.do {
                    try? condition.notifyAll()
                    s.say("notified all")
                }
            }
            Step.await { s.gather(waiters.value.map { .future($0) }) }
            Step.await { s.gather([party("P", 1), party("Q", 3), party("R", 2)]) }
            Step.do { s.say("barrier waiting \(barrier.waitingCount)") }
        })
        try assertMatchesCPython(s, "condition_barrier")
    }

    func testBarrierAbortAndReset() throws {
        let s = Scenario()
        let barrier = try Barrier(parties: 3, in: s.run)
        func party(_ name: String) -> NativeCoroutine {
            s.coroutine("party") {
                Step.await({ .coroutine(barrier.wait()) }, value: { s.say("\(name) passes \(pyRepr($0))") },
                           except: { error in
                    s.say("\(name) broken: \(message(of: error))")
                    return .proceed
                })
            }
        }
        let waiting = Slot<[Task]>()
        s.runMain(s.coroutine("main") {
            Step.do { waiting.set(["A", "B"].map { s.task(party($0)) }) }
            s.sleep(1)
            Step.do { s.say("waiting \(barrier.waitingCount)") }
            Step.await { .coroutine(barrier.abort()) }
            Step.await { s.gather(waiting.value.map { .future($0) }) }
            Step.do { s.say("broken \(pyRepr(barrier.isBroken))") }
            Step.await { .coroutine(barrier.reset()) }
            Step.do { s.say("after reset broken \(pyRepr(barrier.isBroken))") }
            Step.await { s.gather(["X", "Y", "Z"].map { .coroutine(party($0)) }) }
        })
        try assertMatchesCPython(s, "barrier_abort_reset")
    }
}
