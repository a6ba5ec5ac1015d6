import AsyncModel
import XCTest

/// Loop, task and sleep ordering, each checked against what CPython printed for the scenario's twin.
final class CoreScenarioTests: XCTestCase {
    func testCreateTaskThenDirectAwait() throws {
        let s = Scenario()
        func worker(_ name: String, _ delay: Double) -> NativeCoroutine {
            s.coroutine("worker") {
                s.sayStep("\(name) start")
                s.sleep(delay)
                s.sayStep("\(name) end")
                Step.returning { name }
            }
        }
        let task = Slot<Task>()
        s.runMain(s.coroutine("main") {
            s.sayStep("main start")
            Step.do { task.set(s.loop.createTask(worker("A", 2))) }
            Step.await {
                s.awaitable("direct") {
                    s.sayStep("direct start")
                    s.sleep(1)
                    s.sayStep("direct end")
                }
            }
            s.sayStep("main after direct")
            Step.await({ task.awaitable }, value: { s.say("main got \($0)") })
        })
        try assertMatchesCPython(s, "create_task_then_await")
    }

    func testSleepZeroInterleaving() throws {
        let s = Scenario()
        func spinner(_ name: String, _ rounds: Int) -> NativeCoroutine {
            s.coroutine("spinner") {
                for round in 0..<rounds {
                    s.sayStep("\(name) \(round)")
                    s.sleep(0)
                }
                s.sayStep("\(name) done")
            }
        }
        let tasks = Slot<[Task]>()
        s.runMain(s.coroutine("main") {
            Step.do { tasks.set([("A", 3), ("B", 1), ("C", 2)].map { s.loop.createTask(spinner($0.0, $0.1)) }) }
            s.sayStep("main created")
            s.sleep(0)
            s.sayStep("main after one yield")
            for index in 0..<3 {
                Step.await { .future(tasks.value[index]) }
            }
            s.sayStep("main done")
        })
        try assertMatchesCPython(s, "sleep_zero_interleaving")
    }

    func testEqualDeadlinesFireInSchedulingOrder() throws {
        let s = Scenario()
        func sleeper(_ label: String, _ delay: Double) -> Awaitable {
            s.awaitable("sleeper") {
                s.sleep(delay)
                s.sayStep("sleeper \(label)")
            }
        }
        s.runMain(s.coroutine("main") {
            Step.await {
                var items = (0..<12).map { sleeper("\($0)", 1) }
                items.append(sleeper("0.1+0.2", 0.1 + 0.2))
                items.append(sleeper("0.3", 0.3))
                return s.gather(items)
            }
            s.sayStep("all done")
        })
        try assertMatchesCPython(s, "equal_deadlines")
    }

    func testWakeUpOneIterationAfterCompletion() throws {
        let s = Scenario()
        let future = Slot<Future>()
        let ticking = Slot<Task>()
        let waiting = Slot<Task>()
        s.runMain(s.coroutine("main") {
            Step.do {
                future.set(s.loop.createFuture())
                waiting.set(s.loop.createTask(s.coroutine("waiter") {
                    s.sayStep("waiter waits")
                    Step.await({ future.awaitable }, value: { s.say("waiter got \($0)") })
                }))
                ticking.set(s.loop.createTask(s.coroutine("ticker") {
                    for tick in 0..<4 {
                        s.sayStep("tick \(tick)")
                        s.sleep(0)
                    }
                }))
            }
            s.sleep(0)
            Step.do { try? future.value.setResult(7) }
            s.sayStep("main set result")
            s.sleep(0)
            s.sayStep("main after one yield")
            Step.await { ticking.awaitable }
            Step.await { waiting.awaitable }
            s.sayStep("main done")
        })
        try assertMatchesCPython(s, "wakeup_next_iteration")
    }

    func testPendingTasksAreCancelledWhenRunEnds() throws {
        let s = Scenario()
        s.runMain(s.coroutine("main") {
            Step.do {
                s.loop.createTask(s.coroutine("sleeper") {
                    s.sayStep("A start")
                    Step.tryBlock([s.sleep(10)], handler: { error in
                        s.say("A cancelled")
                        return .raise(error)
                    }, finally: { s.say("A finally") })
                })
            }
            s.sleep(1)
            Step.do {
                s.loop.createTask(s.coroutine("quiet") {
                    s.sayStep("B start")
                    s.sleep(10)
                })
            }
            s.sayStep("main returns")
        })
        try assertMatchesCPython(s, "pending_at_run_end")
        let quiet = try XCTUnwrap(s.run.trace.tasks.first { $0.coroutine == "quiet" })
        XCTAssertEqual(quiet.outcome, .cancelled)
        XCTAssertEqual(s.run.trace.tasks.map(\.name), ["Task-1", "Task-2", "Task-3", "Task-4", "Task-5"],
                       "main, sleeper, quiet, then the shutdown's asyncgens and executor tasks")
    }

    func testStubbornTaskKeepsTheRunGoing() throws {
        let s = Scenario()
        s.runMain(s.coroutine("main") {
            Step.do {
                s.loop.createTask(s.coroutine("stubborn") {
                    s.sayStep("stubborn start")
                    Step.await({ .coroutine(SleepCoroutine(10, in: s.run)) }, except: { _ in
                        s.say("stubborn caught the cancellation")
                        return .proceed
                    })
                    s.sleep(1)
                    s.sayStep("stubborn end")
                })
            }
            s.sleep(1)
            s.sayStep("main returns")
        })
        try assertMatchesCPython(s, "stubborn_task_at_run_end")
    }
}
