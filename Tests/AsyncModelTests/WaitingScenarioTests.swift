import AsyncModel
import XCTest

/// `wait`, `wait_for`, `timeout`, `shield` and `as_completed`.
final class WaitingScenarioTests: XCTestCase {
    private func names(_ futures: [Future]) -> String {
        "[" + futures.compactMap { ($0 as? Task)?.name }.sorted().map { "'\($0)'" }.joined(separator: ", ") + "]"
    }

    func testWaitModes() throws {
        let s = Scenario()
        func job(_ name: String, _ delay: Double, fail: Bool = false) -> NativeCoroutine {
            s.coroutine("job") {
                s.sleep(delay)
                if fail { Step.raise { ScenarioError(message: name) } }
                Step.returning { name }
            }
        }
        let tasks = Slot<[Task]>()
        let more = Slot<[Task]>()
        func report(_ label: String) -> (FutureValue) -> Void {
            { value in
                guard let result = value as? WaitResult else { return XCTFail("wait returned \(value)") }
                s.say("\(label) \(self.names(result.done)) pending \(self.names(result.pending))")
            }
        }
        s.runMain(s.coroutine("main") {
            Step.do { tasks.set([("a", 1.0), ("b", 2), ("c", 3)].map { s.task(job($0.0, $0.1), name: $0.0) }) }
            Step.await({ .coroutine(s.run.wait(tasks.value, returnWhen: .firstCompleted)) },
                       value: report("first completed"))
            Step.await({ .coroutine(s.run.wait(tasks.value, timeout: 0.5)) }, value: report("timeout"))
            Step.await({ .coroutine(s.run.wait(tasks.value)) }, value: report("all"))
            Step.do {
                more.set([("x", 1.0, false), ("y", 2, true), ("z", 3, false)].map {
                    s.task(job($0.0, $0.1, fail: $0.2), name: $0.0)
                })
            }
            Step.await({ .coroutine(s.run.wait(more.value, returnWhen: .firstException)) },
                       value: report("first exception"))
            Step.await { .coroutine(s.run.wait(more.value)) }
            Step.do {
                let error = (try? more.value[1].exception()).flatMap { $0 }
                s.say("y exception \(error.map(describe) ?? "None")")
            }
        })
        try assertMatchesCPython(s, "wait_modes")
    }

    func testWaitForCases() throws {
        let s = Scenario()
        func work(_ name: String, _ delay: Double) -> Awaitable {
            s.awaitable("work") {
                Step.await({ .coroutine(SleepCoroutine(delay, in: s.run)) }, except: { error in
                    s.say("\(name) cancelled")
                    return .raise(error)
                })
                s.sayStep("\(name) done")
                Step.returning { name }
            }
        }
        func timedOut(_ label: String) -> (any Error) -> Step.Flow {
            { error in
                s.say("\(label) \(describe(error))")
                return .proceed
            }
        }
        s.runMain(s.coroutine("main") {
            Step.await({ .coroutine(s.run.waitFor(work("quick", 1), timeout: 2)) }, value: { s.say("got \($0)") })
            Step.await({ .coroutine(s.run.waitFor(work("slow", 5), timeout: 2)) }, except: timedOut("timed out"))
            Step.await({ .coroutine(s.run.waitFor(work("instant", 1), timeout: 0)) }, except: timedOut("timeout 0"))
            Step.await({ .coroutine(s.run.waitFor(work("unbounded", 1), timeout: nil)) }, value: { s.say("got \($0)") })
        })
        try assertMatchesCPython(s, "wait_for_cases")
        XCTAssertEqual(s.run.trace.tasks(createdBy: .waitFor).map(\.coroutine), ["work", "work", "work"],
                       "timeout=None awaits the coroutine inline, without a task")
    }

    func testTimeoutContextManager() throws {
        let s = Scenario()
        let manager = Slot<Timeout>()
        func asyncWithTimeout(_ make: @escaping () throws -> Timeout, @ScriptBuilder _ body: () -> [Step]) -> Step {
            Step.asyncWith(enter: {
                do {
                    manager.set(try make())
                } catch {
                    XCTFail("timeout outside a loop: \(error)")
                }
                return manager.value.enter()
            }, exit: { manager.value.exit(error: $0) }, body)
        }
        s.runMain(s.coroutine("main") {
            Step.try({
                asyncWithTimeout({ try Timeout(after: 1, in: s.run) }) {
                    s.sayStep("inside")
                    s.sleep(5)
                    s.sayStep("never")
                }
            }, except: { error in
                s.say("timed out \(describe(error)) expired \(pyRepr(manager.value.expired))")
                return .proceed
            })
            asyncWithTimeout({ try Timeout(after: 3, in: s.run) }) {
                s.sleep(1)
            }
            Step.do { s.say("in time expired \(pyRepr(manager.value.expired))") }
            Step.try({
                asyncWithTimeout({ Timeout(at: s.loop.time() + 10, in: s.run) }) {
                    Step.do { try? manager.value.reschedule(s.loop.time() + 0.5) }
                    s.sleep(2)
                }
            }, except: { _ in
                s.say("rescheduled timeout fired")
                return .proceed
            })
        })
        try assertMatchesCPython(s, "timeout_context")
    }

    func testShieldKeepsTheInnerTaskRunning() throws {
        let s = Scenario()
        let inner = Slot<Task>()
        let outer = Slot<Task>()
        s.runMain(s.coroutine("main") {
            Step.do {
                inner.set(s.task(s.coroutine("important") {
                    s.sleep(2)
                    s.sayStep("important done")
                    Step.returning { 42 }
                }))
                outer.set(s.task(s.coroutine("waiter") {
                    Step.await({
                        do {
                            return .future(try s.run.shield(inner.awaitable))
                        } catch {
                            preconditionFailure("shield outside a loop: \(error)")
                        }
                    }, except: { error in
                        s.say("waiter cancelled")
                        return .raise(error)
                    })
                }))
            }
            s.sleep(1)
            Step.do { outer.value.cancel() }
            Step.await({ outer.awaitable }, except: { _ in
                s.say("outer cancelled, inner cancelled \(pyRepr(inner.value.isCancelled))")
                return .proceed
            })
            Step.await({ inner.awaitable }, value: { s.say("inner result \(pyRepr($0))") })
        })
        try assertMatchesCPython(s, "shield_case")
    }

    func testAsCompletedYieldsInCompletionOrder() throws {
        let s = Scenario()
        func job(_ name: String, _ delay: Double) -> Awaitable {
            s.awaitable("job") {
                s.sleep(delay)
                Step.returning { name }
            }
        }
        let first = Slot<[NativeCoroutine]>()
        let second = Slot<[NativeCoroutine]>()
        s.runMain(s.coroutine("main") {
            Step.do { first.set((try? s.run.asCompleted([job("slow", 3), job("fast", 1), job("mid", 2)])) ?? []) }
            for index in 0..<3 {
                Step.await({ .coroutine(first.value[index]) }, value: { s.say("got \($0)") })
            }
            Step.try({
                Step.do { second.set((try? s.run.asCompleted([job("one", 1), job("late", 5)], timeout: 2)) ?? []) }
                for index in 0..<2 {
                    Step.await({ .coroutine(second.value[index]) }, value: { s.say("got \($0)") })
                }
            }, except: { error in
                s.say("as_completed timed out")
                return .proceed
            })
        })
        try assertMatchesCPython(s, "as_completed_order")
    }

    func testEqualDeadlineRaces() throws {
        let s = Scenario()
        func work(_ name: String, _ delay: Double) -> NativeCoroutine {
            s.coroutine("work") {
                s.sleep(delay)
                s.sayStep("\(name) finished its sleep")
                Step.returning { name }
            }
        }
        let manager = Slot<Timeout>()
        let task = Slot<Task>()
        let other = Slot<Task>()
        func timedOut(_ text: String) -> (any Error) -> Step.Flow {
            { _ in
                s.say(text)
                return .proceed
            }
        }
        s.runMain(s.coroutine("main") {
            Step.await({ .coroutine(s.run.waitFor(.coroutine(work("wait_for", 1)), timeout: 1)) },
                       value: { s.say("wait_for got \($0)") }, except: timedOut("wait_for timed out"))
            Step.do { task.set(s.task(work("task", 1))) }
            s.sleep(0)
            Step.await({ .coroutine(s.run.waitFor(task.awaitable, timeout: 1)) },
                       value: { s.say("wait_for on a running task got \($0)") },
                       except: timedOut("wait_for on a running task timed out"))
            Step.try({
                Step.asyncWith(enter: {
                    manager.set((try? Timeout(after: 1, in: s.run)) ?? Timeout(at: nil, in: s.run))
                    return manager.value.enter()
                }, exit: { manager.value.exit(error: $0) }) {
                    s.sleep(1)
                    s.sayStep("timeout block finished its sleep")
                }
            }, except: timedOut("timeout block timed out"))
            Step.do { other.set(s.task(work("other", 1))) }
            Step.await({ .coroutine(s.run.wait([other.value], timeout: 1)) }, value: { value in
                let result = value as? WaitResult
                s.say("wait: done \(result?.done.count ?? -1) pending \(result?.pending.count ?? -1)")
            })
            Step.await { other.awaitable }
        })
        try assertMatchesCPython(s, "equal_deadline_races")
    }
}
