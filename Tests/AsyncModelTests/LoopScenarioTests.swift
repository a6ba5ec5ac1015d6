import AsyncModel
import XCTest

/// Loop callbacks, blocking calls and worker threads, `run` inside a running loop, and reports at close.
final class LoopScenarioTests: XCTestCase {
    func testCallbacksOrder() throws {
        let s = Scenario()
        s.runMain(s.coroutine("main") {
            Step.do {
                let loop = s.loop
                loop.callLater(1) { s.say("later 1 first") }
                loop.callAt(loop.time() + 1) { s.say("at 1 second") }
                loop.callLater(0.5) { s.say("later 0.5") }
                loop.callSoon { s.say("soon 1") }
                let cancelled = loop.callSoon { s.say("cancelled soon") }
                loop.callSoon { s.say("soon 2") }
                cancelled.cancel()
                loop.callLater(0.7) { s.say("cancelled later") }.cancel()
                s.say("main scheduled")
            }
            s.sleep(0)
            s.sayStep("main after one yield")
            s.sleep(2)
            s.sayStep("main done")
        })
        try assertMatchesCPython(s, "loop_callbacks")
    }

    func testBlockingCallsAndWorkerThreads() throws {
        let s = Scenario()
        let ticking = Slot<Task>()
        s.runMain(s.coroutine("main") {
            Step.do {
                ticking.set(s.task(s.coroutine("ticker") {
                    for tick in 0..<3 {
                        s.sayStep("tick \(tick)")
                        s.sleep(0.5)
                    }
                }))
            }
            s.sleep(0)
            Step.do {
                s.loop.block(for: 1)
                s.say("main blocked 1 s")
            }
            Step.await { ticking.awaitable }
            Step.await({
                s.gather([2, 1].map { .coroutine(s.run.toThread(FixedWorkerJob(seconds: Double($0), returning: $0))) })
            }, value: { s.say("threads \(pyRepr($0))") })
            Step.await({ .future(s.loop.runInExecutor(FixedWorkerJob(seconds: 0.5, returning: 0.5))) },
                       value: { s.say("executor \(pyRepr($0))") })
        })
        try assertMatchesCPython(s, "blocking_and_threads")
        let main = try XCTUnwrap(s.run.trace.task(named: "Task-1"))
        XCTAssertEqual(s.run.trace.runningIntervals(of: main.serial).map(\.nanos).max(), 1_000_000_000,
                       "the blocking step ran for the whole second")
    }

    func testRunInsideRunningLoopAndUnretrievedException() throws {
        let s = Scenario()
        let inner = s.coroutine("inner") { Step.returning { 1 } }
        s.runMain(s.coroutine("main") {
            Step.do {
                do {
                    _ = try s.run.runMain(inner)
                } catch {
                    s.say("\((error as? AsyncError)?.kind.rawValue ?? "?"): \(message(of: error))")
                }
            }
            Step.await { .coroutine(inner) }
            Step.do { s.task(s.coroutine("fails") { Step.raise { ScenarioError(message: "lost") } }) }
            s.sleep(1)
            s.sayStep("main done")
        })
        s.sayOutside("after run")
        try assertMatchesCPython(s, "run_inside_running_loop")
        let expected = try Expectation.load("run_inside_running_loop")
        XCTAssertEqual(s.run.trace.reports.map(\.message), Array(expected.stderr.prefix(1)))
        XCTAssertEqual(s.run.trace.reports.first?.future.map { ($0 as? Task)?.name }, "Task-2")
    }

    func testStopRunForeverAndRunUntilComplete() throws {
        let s = Scenario()
        let loop = s.run.newLoop()
        func say(_ text: String) { s.say(text) }
        loop.callSoon {
            say("first, running \(pyRepr(loop.isRunning))")
            loop.stop()
            loop.callSoon { say("scheduled after stop") }
        }
        loop.callSoon { say("same iteration") }
        loop.callLater(1) { say("timer") }
        s.sayOutside("running \(pyRepr(loop.isRunning))")
        try loop.runForever()
        s.sayOutside("stopped")
        loop.callLater(2) { loop.stop() }
        try loop.runForever()
        s.sayOutside("stopped again")
        let background = loop.createTask(SleepCoroutine(10, in: s.run), name: "background")
        let probe = s.coroutine("probe") {
            Step.do {
                let names = loop.allTasks().map(\.name).sorted().map { "'\($0)'" }.joined(separator: ", ")
                say("all_tasks [\(names)] current \(s.currentTaskName)")
            }
            s.sleep(0.5)
            Step.returning { "probed" }
        }
        s.sayOutside("\(try loop.runUntilComplete(probe))")
        background.cancel()
        _ = try loop.runUntilComplete(SleepCoroutine(0, in: s.run))
        s.sayOutside("background cancelled \(pyRepr(background.isCancelled))")
        try loop.close()
        s.sayOutside("closed \(pyRepr(loop.isClosed))")
        try assertMatchesCPython(s, "loop_stop_run_forever")
    }
}
