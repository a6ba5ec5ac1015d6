import AsyncModel
import XCTest

/// The default executor's workers and the shutdown that waits for them.
final class ExecutorScenarioTests: XCTestCase {
    func testSixWorkersAndShutdownWaitsForWork() throws {
        let s = Scenario()
        XCTAssertEqual(s.run.executorWorkers, 6)
        s.runMain(s.coroutine("main") {
            Step.await({
                s.gather((0..<8).map { _ in .coroutine(s.run.toThread(FixedWorkerJob(seconds: 1, returning: 1))) })
            }, value: { value in
                s.say("eight jobs done \((value as? [Result<FutureValue, any Error>])?.count ?? -1)")
            })
            Step.do {
                _ = s.loop.runInExecutor(FixedWorkerJob(seconds: 3, returning: 3))
                s.say("main returns")
            }
        })
        try assertMatchesCPython(s, "executor_workers")
    }

    func testWorkerSegmentsInterleaveWithTheLoop() throws {
        let s = Scenario()
        let job = ScriptedWorkerJob([
            { s.say("worker start"); return .blocked(seconds: 1) },
            { s.say("worker middle"); return .blocked(seconds: 1) },
            { s.say("worker raises"); return .raised(ScenarioError(message: "worker failed")) },
        ])
        let ticking = Slot<Task>()
        s.runMain(s.coroutine("main") {
            Step.do {
                ticking.set(s.task(s.coroutine("ticker") {
                    s.sleep(0.25)
                    for tick in 0..<4 {
                        s.sayStep("tick \(tick)")
                        s.sleep(0.5)
                    }
                }))
            }
            Step.await({ .coroutine(s.run.toThread(job)) }, except: { error in
                s.say("caught \(describe(error))")
                return .proceed
            })
            Step.await { ticking.awaitable }
        })
        try assertMatchesCPython(s, "worker_segments")
        XCTAssertEqual(s.run.trace.prints.filter { $0.text.hasPrefix("worker") }.map(\.task), [nil, nil, nil],
                       "worker prints belong to no task")
    }
}

/// A worker job written as its segments: each runs and says whether the function blocks, returns or raises.
final class ScriptedWorkerJob: WorkerJob {
    private var segments: [() -> WorkerStep]

    init(_ segments: [() -> WorkerStep]) { self.segments = segments }

    func resume() -> WorkerStep {
        guard !segments.isEmpty else { return .returned(()) }
        return segments.removeFirst()()
    }
}
