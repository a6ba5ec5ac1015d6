import AsyncModel
import XCTest

/// `gather`: child order, results order, errors, return_exceptions, cancellation both ways.
final class GatherScenarioTests: XCTestCase {
    func testResultsAndErrors() throws {
        let s = Scenario()
        func child(_ name: String, _ delay: Double, fail: Bool = false) -> Awaitable {
            s.awaitable("child") {
                Step.do { s.say("\(name) start \(s.currentTaskName)") }
                s.sleep(delay)
                if fail {
                    s.sayStep("\(name) fails")
                    Step.raise { ScenarioError(message: name) }
                }
                s.sayStep("\(name) end")
                Step.returning { name }
            }
        }
        s.runMain(s.coroutine("main") {
            Step.await({ s.gather([child("A", 3), child("B", 1), child("C", 2)]) },
                       value: { s.say("results \(pyRepr($0))") })
            Step.await({ s.gather([child("D", 2), child("E", 1, fail: true)]) }, except: { error in
                s.say("gather raised \(describe(error))")
                return .proceed
            })
            s.sleep(2)
            Step.await({ s.gather([child("F", 1, fail: true), child("G", 2)], returnExceptions: true) },
                       value: { s.say("mixed \(pyRepr($0))") })
        })
        try assertMatchesCPython(s, "gather_results_and_errors")
        XCTAssertEqual(s.run.trace.tasks(createdBy: .gather).map(\.name),
                       ["Task-2", "Task-3", "Task-4", "Task-5", "Task-6", "Task-7", "Task-8"])
        XCTAssertEqual(s.run.trace.children(of: 1).count, 7, "main created every gather child")
    }

    func testCancellationBothWays() throws {
        let s = Scenario()
        func child(_ name: String, _ delay: Double) -> NativeCoroutine {
            s.coroutine("child") {
                Step.await({ .coroutine(SleepCoroutine(delay, in: s.run)) }, except: { error in
                    s.say("\(name) cancelled \(describe(error))")
                    return .raise(error)
                })
                s.sayStep("\(name) end")
                Step.returning { name }
            }
        }
        let outer = Slot<Future>()
        let inner = Slot<Task>()
        let other = Slot<Task>()
        let both = Slot<Future>()
        s.runMain(s.coroutine("main") {
            Step.do {
                if case .future(let future) = s.gather([.coroutine(child("A", 2)), .coroutine(child("B", 3))]) {
                    outer.set(future)
                }
            }
            s.sleep(1)
            Step.do { s.say("cancel outer \(pyRepr(outer.value.cancel(message: "stop")))") }
            Step.await({ outer.awaitable }, except: { error in
                s.say("outer raised \(describe(error))")
                return .proceed
            })
            Step.do {
                inner.set(s.task(child("C", 5)))
                other.set(s.task(child("D", 1)))
                if case .future(let future) = s.gather([inner.awaitable, other.awaitable]) { both.set(future) }
            }
            s.sleep(0.5)
            Step.do { inner.value.cancel() }
            Step.await({ both.awaitable }, except: { error in
                s.say("both raised \(describe(error)), other done \(pyRepr(other.value.isDone))")
                return .proceed
            })
            s.sleep(1)
            Step.do { s.say("other done \(pyRepr(other.value.isDone))") }
        })
        try assertMatchesCPython(s, "gather_cancellation")
    }
}
