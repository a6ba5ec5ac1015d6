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
}
