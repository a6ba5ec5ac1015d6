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
}
