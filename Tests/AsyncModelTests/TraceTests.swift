import AsyncModel
import XCTest

/// What the trace records and what its queries answer, on the `create_task_then_await` scenario (whose
/// print order and times CPython established).
final class TraceTests: XCTestCase {
    /// main (Task-1) creates worker A (Task-2), awaits `direct()` inline (sleep 1), then awaits A (sleep 2).
    private func runScenario() -> Scenario {
        let s = Scenario()
        let worker = s.coroutine("worker") {
            s.sayStep("A start")
            s.sleep(2)
            s.sayStep("A end")
            Step.returning { "A" }
        }
        let task = Slot<Task>()
        s.runMain(s.coroutine("main") {
            s.sayStep("main start")
            Step.do { task.set(s.task(worker)) }
            Step.await {
                s.awaitable("direct") {
                    s.sayStep("direct start")
                    s.sleep(1)
                    s.sayStep("direct end")
                }
            }
            Step.await { task.awaitable }
            s.sayStep("main got A")
        })
        return s
    }

    func testTaskRecordsAndParentage() throws {
        let trace = runScenario().run.trace
        let main = try XCTUnwrap(trace.task(named: "Task-1"))
        let worker = try XCTUnwrap(trace.task(named: "Task-2"))
        XCTAssertEqual(main.coroutine, "main")
        XCTAssertEqual(main.cause, .run)
        XCTAssertNil(main.creator)
        XCTAssertEqual(worker.creator, main.serial)
        XCTAssertEqual(worker.cause, .createTask)
        XCTAssertEqual(trace.children(of: main.serial).map(\.name), ["Task-2"])
        XCTAssertEqual(worker.outcome, .returned)
        XCTAssertEqual(worker.doneNanos, 2_000_000_000)
    }

    func testFirstRunOrderAndIntervals() throws {
        let trace = runScenario().run.trace
        let main = try XCTUnwrap(trace.task(named: "Task-1"))
        let worker = try XCTUnwrap(trace.task(named: "Task-2"))
        let mainFirst = try XCTUnwrap(trace.firstRun(of: main.serial))
        let workerFirst = try XCTUnwrap(trace.firstRun(of: worker.serial))
        XCTAssertEqual(workerFirst.timeNanos, 0)
        XCTAssertLessThan(mainFirst, workerFirst, "main's first step comes first at equal time")
        XCTAssertEqual(trace.suspendedIntervals(of: worker.serial).map(\.nanos), [2_000_000_000])
        XCTAssertEqual(trace.suspendedIntervals(of: main.serial).map(\.nanos), [1_000_000_000, 1_000_000_000])
        XCTAssertEqual(trace.runningIntervals(of: main.serial).count, 3)
        let mainLife = try XCTUnwrap(trace.lifetime(of: main.serial))
        let workerLife = try XCTUnwrap(trace.lifetime(of: worker.serial))
        XCTAssertTrue(mainLife.overlapsPositively(workerLife))
        XCTAssertEqual(workerLife.nanos, 2_000_000_000)
    }

    func testPrintsByTaskAndSuspensionLabels() throws {
        let trace = runScenario().run.trace
        let main = try XCTUnwrap(trace.task(named: "Task-1"))
        let worker = try XCTUnwrap(trace.task(named: "Task-2"))
        XCTAssertEqual(trace.prints(by: main.serial).map(\.text),
                       ["main start", "direct start", "direct end", "main got A"],
                       "an inline-awaited coroutine prints as the awaiting task")
        XCTAssertEqual(trace.prints(by: worker.serial).map(\.text), ["A start", "A end"])
        let labels = trace.events.compactMap { event -> String? in
            guard case .stepEnded(main.serial, .suspended(let future)) = event.kind else { return nil }
            return trace.futureLabel(future)
        }
        XCTAssertEqual(labels, ["sleep", "Task-2"])
    }

    func testEventSequenceOfTheFirstIterations() throws {
        let trace = runScenario().run.trace
        let rendered = trace.events.prefix(12).map { event -> String in
            switch event.kind {
            case .loopCreated: "loop created"
            case .taskCreated(let task): "created \(task)"
            case .iteration(let ready): "iteration \(ready)"
            case .stepStarted(let task, _): "step \(task)"
            case .stepEnded(let task, let end): "end \(task) \(end)"
            case .printed(let index): "print \(trace.prints[index].text)"
            case .timerScheduled(_, let deadline): "timer at \(deadline)"
            default: "other"
            }
        }
        XCTAssertEqual(rendered, [
            "loop created", "created 1", "iteration 1", "step 1", "print main start", "created 2",
            "print direct start", "timer at 1000000000", "end 1 suspended(on: 3)", "iteration 1", "step 2",
            "print A start",
        ])
    }

    /// A suspension records the driver's source mark; the future's callbacks count its waiting task.
    func testSuspensionsCarryTheDriversSourceMark() throws {
        let run = VirtualRun()
        let loop = run.newLoop()
        let future = loop.createFuture()
        let task = loop.createTask(NativeCoroutine(name: "waiter", mark: SourceMark(line: 7, column: 5)) {
            .await(future) { _ in .returned(()) }
        })
        try loop.runOnce()
        XCTAssertEqual(future.doneCallbackCount, 1)
        let index = try XCTUnwrap(run.trace.events.firstIndex {
            if case .stepEnded(task.serial, .suspended) = $0.kind { return true }
            return false
        })
        XCTAssertEqual(run.trace.mark(ofEvent: index), SourceMark(line: 7, column: 5))
        XCTAssertEqual(run.trace.mark(ofEvent: 0), .unknown)
    }

    /// The dump's format is ours; the order of its events is the one CPython established for the scenario.
    func testDumpOfTheWholeRun() throws {
        let dump = runScenario().run.trace.dump()
        XCTAssertEqual(Array(dump.prefix(17)), [
            "0.000000 L1 loop created",
            "0.000000 L1 Task-1 created (main, run)",
            "0.000000 L1 iteration (1 ready)",
            "0.000000 L1 Task-1 step",
            "0.000000 L1 print Task-1: main start",
            "0.000000 L1 Task-2 created (worker, createTask) by Task-1",
            "0.000000 L1 print Task-1: direct start",
            "0.000000 L1 timer 1 scheduled at 1.000000",
            "0.000000 L1 Task-1 waits on sleep",
            "0.000000 L1 iteration (1 ready)",
            "0.000000 L1 Task-2 step",
            "0.000000 L1 print Task-2: A start",
            "0.000000 L1 timer 2 scheduled at 2.000000",
            "0.000000 L1 Task-2 waits on sleep",
            "0.000000 L1 clock jumps to 1.000000",
            "1.000000 L1 timer 1 fires",
            "1.000000 L1 iteration (1 ready)",
        ])
        XCTAssertEqual(dump.last, "2.000000 L1 loop closed")
    }
}
