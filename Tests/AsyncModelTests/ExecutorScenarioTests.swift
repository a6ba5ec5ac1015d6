import AsyncModel
import XCTest

/// The default executor's workers and the shutdown that waits for them.
final class ExecutorScenarioTests: XCTestCase {
    func testSixWorkersAndShutdownWaitsForWork() throws {
        let s = Scenario()
        s.runMain(s.coroutine("main") {
            Step.await({
                s.gather((0..<6).map { _ in .coroutine(s.run.toThread(FixedWorkerJob(seconds: 1, returning: 1))) })
            }, value: { value in
                s.say("six jobs done \((value as? [Result<FutureValue, any Error>])?.count ?? -1)")
            })
            Step.do {
                _ = s.loop.runInExecutor(FixedWorkerJob(seconds: 3, returning: 3))
                s.say("main returns")
            }
        })
        try assertMatchesCPython(s, "executor_workers")
    }

    /// Our rule: jobs beyond the workers wait in submission order. Eight 1-second jobs on six workers end
    /// after two rounds; CPython on a real clock (`cpython_oracle.py --backend realtime`, the virtual
    /// backend hangs on this program) printed "2.118 eight jobs done 8".
    func testJobsBeyondTheWorkersWaitForAFreeWorker() throws {
        let run = VirtualRun()
        XCTAssertEqual(run.executorWorkers, 6)
        let loop = run.newLoop()
        let futures = (0..<8).map { _ in loop.runInExecutor(FixedWorkerJob(seconds: 1)) }
        _ = try loop.runUntilComplete(run.gather(futures.map { .future($0) }))
        XCTAssertEqual(loop.time(), 2)
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
