import AsyncModel
import XCTest

/// `Task.cancel` at every kind of suspension: a sleep's timer future, a bare yield, a plain future, an
/// awaited task, and before the first step.
final class CancellationScenarioTests: XCTestCase {
    func testCancelAtEverySuspension() throws {
        let s = Scenario()
        let future = Slot<Future>()
        let tasks = Slot<[Task]>()
        let inner = Slot<Task>()
        func reraise(_ text: @escaping (any Error) -> String) -> (any Error) -> Step.Flow {
            { error in
                s.say(text(error))
                return .raise(error)
            }
        }
        let sleeper = s.coroutine("sleeper") {
            Step.await({ .coroutine(SleepCoroutine(5, in: s.run)) }, except: reraise { error in
                "sleeper cancelled \(describe(error)) cancelling=\(s.run.currentTask?.cancelling ?? -1)"
            })
        }
        let spinner = s.coroutine("spinner") {
            Step.tryBlock((0..<100).map { _ in s.sleep(0) }, handler: reraise { _ in "spinner cancelled" }, finally: nil)
        }
        s.runMain(s.coroutine("main") {
            Step.do {
                future.set(s.loop.createFuture())
                let futureWaiter = s.coroutine("future_waiter") {
                    Step.await({ future.awaitable }, except: reraise { _ in
                        "future waiter cancelled, future cancelled \(pyRepr(future.value.isCancelled))"
                    })
                }
                let neverStarted = s.coroutine("never_started") { s.sayStep("never printed") }
                let a = s.task(sleeper)
                let b = s.task(spinner)
                let c = s.task(futureWaiter)
                let d = s.task(neverStarted)
                inner.set(s.loop.createTask(SleepCoroutine(10, in: s.run)))
                let e = s.task(s.coroutine("task_waiter") {
                    Step.await({ inner.awaitable }, except: reraise { _ in
                        "task waiter cancelled, awaited task cancelled \(pyRepr(inner.value.isCancelled))"
                    })
                })
                tasks.set([a, b, c, d, e])
                s.say("cancel d \(pyRepr(d.cancel()))")
            }
            s.sleep(0)
            Step.do { tasks.value[1].cancel() }
            s.sleep(1)
            Step.do {
                let a = tasks.value[0]
                a.cancel(message: "first")
                a.cancel(message: "second")
                s.say("a cancelling \(a.cancelling)")
                for index in [2, 4] { tasks.value[index].cancel() }
            }
            for index in 0..<5 {
                Step.await({ .future(tasks.value[index]) }, except: { error in
                    let task = tasks.value[index]
                    s.say("\(task.name) cancelled=\(pyRepr(task.isCancelled)) \(describe(error))")
                    return .proceed
                })
            }
            Step.do {
                s.say("inner cancelled \(pyRepr(inner.value.isCancelled)), a uncancel \(tasks.value[0].uncancel())")
            }
        })
        try assertMatchesCPython(s, "cancel_at_suspensions")
        let neverStarted = try XCTUnwrap(s.run.trace.task(named: "Task-5"))
        XCTAssertEqual(neverStarted.outcome, .cancelled)
        XCTAssertNotNil(s.run.trace.firstRun(of: neverStarted.serial), "its one step threw into the unstarted body")
        XCTAssertTrue(s.run.trace.prints(by: neverStarted.serial).isEmpty)
    }

    func testCancelInsideWaitForWaitAndTaskGroup() throws {
        let s = Scenario()
        func inner(_ name: String, _ delay: Double) -> NativeCoroutine {
            s.coroutine("inner") {
                Step.await({ .coroutine(SleepCoroutine(delay, in: s.run)) }, except: { error in
                    s.say("\(name) cancelled")
                    return .raise(error)
                })
                s.sayStep("\(name) finished")
            }
        }
        let group = Slot<TaskGroup>()
        let watched = Slot<Task>()
        let tasks = Slot<[Task]>()
        let inWaitFor = s.coroutine("in_wait_for") {
            Step.await { .coroutine(s.run.waitFor(.coroutine(inner("wait_for inner", 5)), timeout: 10)) }
        }
        let inWait = s.coroutine("in_wait") {
            Step.await { .coroutine(s.run.wait([watched.value])) }
        }
        let inGroup = s.coroutine("in_group") {
            Step.asyncWith(enter: {
                group.set(TaskGroup(in: s.run))
                return group.value.enter()
            }, exit: { group.value.exit(error: $0) }) {
                Step.do { _ = try? group.value.createTask(inner("group child", 5)) }
                Step.await { .coroutine(inner("group body", 5)) }
            }
        }
        s.runMain(s.coroutine("main") {
            Step.do {
                watched.set(s.task(inner("watched", 2)))
                tasks.set([s.task(inWaitFor), s.task(inWait), s.task(inGroup)])
            }
            s.sleep(1)
            Step.do { tasks.value.forEach { $0.cancel() } }
            Step.await({ s.gather(tasks.value.map { .future($0) }, returnExceptions: true) }, value: { value in
                let names = (value as? [Result<FutureValue, any Error>] ?? []).map { result -> String in
                    guard case .failure(let error) = result else { return "'value'" }
                    return "'\((error as? AsyncError)?.kind.rawValue ?? "?")'"
                }
                s.say("results [\(names.joined(separator: ", "))]")
            })
            Step.await { watched.awaitable }
            s.sayStep("main done")
        })
        try assertMatchesCPython(s, "cancel_inside_combinators")
    }
}
