import AsyncModel
import XCTest

/// Cancellation while waiting on Lock, Semaphore, Event, Condition, Queue.put and Barrier.
final class PrimitiveCancellationScenarioTests: XCTestCase {
    func testCancelledWaitersAreSkipped() throws {
        let s = Scenario()
        let lock = Lock(in: s.run)
        let semaphore = try Semaphore(value: 0, in: s.run)
        let event = Event(in: s.run)
        let condition = Condition(in: s.run)
        let queue = AsyncQueue(maxsize: 1, in: s.run)
        try queue.putNowait("full")
        let barrier = try Barrier(parties: 2, in: s.run)
        func waiting(_ name: String, _ make: @escaping () -> NativeCoroutine) -> NativeCoroutine {
            s.coroutine("waiting") {
                Step.await({ .coroutine(make()) }, value: { s.say("\(name) got \(pyRepr($0))") }, except: { error in
                    s.say("\(name) cancelled")
                    return .raise(error)
                })
            }
        }
        let conditionWait = {
            s.coroutine("condition_wait") {
                Step.asyncWith(enter: condition.acquire, exit: { _ in
                    NativeCoroutine(name: "__aexit__") {
                        do {
                            try condition.release()
                        } catch {
                            return .raised(error)
                        }
                        return .returned(())
                    }
                }) {
                    Step.tryBlock([Step.await { .coroutine(condition.wait()) }], handler: nil, finally: {
                        s.say("condition waiter holds the lock: \(pyRepr(condition.isLocked))")
                    })
                }
            }
        }
        let tasks = Slot<[Task]>()
        s.runMain(s.coroutine("main") {
            Step.await { .coroutine(lock.acquire()) }
            Step.do {
                tasks.set([
                    waiting("lock A", lock.acquire), waiting("lock B", lock.acquire),
                    waiting("semaphore A", semaphore.acquire), waiting("semaphore B", semaphore.acquire),
                    waiting("event", event.wait), waiting("condition", conditionWait),
                    waiting("queue put") { queue.put("more") }, waiting("barrier", barrier.wait),
                ].map { s.task($0) })
            }
            s.sleep(1)
            Step.do {
                for index in [0, 2, 4, 5, 6, 7] { tasks.value[index].cancel() }
                try? lock.release()
                try? semaphore.release()
            }
            s.sleep(1)
            Step.do {
                s.say("lock locked \(pyRepr(lock.isLocked)), semaphore locked \(pyRepr(semaphore.isLocked)), "
                    + "condition locked \(pyRepr(condition.isLocked))")
                s.say("queue size \(queue.count), barrier waiting \(barrier.waitingCount)")
            }
            Step.await({ s.gather(tasks.value.map { .future($0) }, returnExceptions: true) }, value: { value in
                let results = value as? [Result<FutureValue, any Error>] ?? []
                let flags = results.map { result -> String in
                    if case .failure(let error) = result, isCancellation(error) { return "True" }
                    return "False"
                }
                s.say("cancelled [\(flags.joined(separator: ", "))]")
            })
        })
        try assertMatchesCPython(s, "cancel_primitive_waits")
    }
}
