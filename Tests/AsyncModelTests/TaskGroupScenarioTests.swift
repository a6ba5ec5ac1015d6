import AsyncModel
import XCTest

/// `TaskGroup`: waiting for every task, and a failure cancelling the siblings and the body.
final class TaskGroupScenarioTests: XCTestCase {
    func testGroupWaitsAndFailureCancelsSiblings() throws {
        let s = Scenario()
        func job(_ name: String, _ delay: Double, fail: Bool = false) -> NativeCoroutine {
            s.coroutine("job") {
                Step.await({ .coroutine(SleepCoroutine(delay, in: s.run)) }, except: { error in
                    s.say("\(name) cancelled")
                    return .raise(error)
                })
                if fail {
                    s.sayStep("\(name) fails")
                    Step.raise { ScenarioError(message: name) }
                }
                s.sayStep("\(name) done")
                Step.returning { name }
            }
        }
        let group = Slot<TaskGroup>()
        let a = Slot<Task>()
        let b = Slot<Task>()
        func asyncWithGroup(@ScriptBuilder _ body: () -> [Step]) -> Step {
            Step.asyncWith(enter: {
                group.set(TaskGroup(in: s.run))
                return group.value.enter()
            }, exit: { group.value.exit(error: $0) }, body)
        }
        func create(_ coroutine: NativeCoroutine, name: String? = nil) -> Task? {
            do {
                return try group.value.createTask(coroutine, name: name)
            } catch {
                XCTFail("create_task refused: \(error)")
                return nil
            }
        }
        s.runMain(s.coroutine("main") {
            asyncWithGroup {
                Step.do {
                    if let task = create(job("a", 1)) { a.set(task) }
                    if let task = create(job("b", 2), name: "bee") { b.set(task) }
                    s.say("body done \(b.value.name)")
                }
            }
            Step.do {
                let results = [a.value, b.value].map { (try? $0.result()).map(pyRepr) ?? "?" }
                s.say("group done \(results.map { $0.replacingOccurrences(of: "'", with: "") }.joined(separator: " "))")
            }
            Step.try({
                asyncWithGroup {
                    Step.do {
                        _ = create(job("c", 3))
                        _ = create(job("d", 1, fail: true))
                    }
                    s.sleep(5)
                    s.sayStep("never")
                }
            }, except: { error in
                s.say("caught \(describe(error))")
                return .proceed
            })
        })
        try assertMatchesCPython(s, "taskgroup_cases")
        XCTAssertEqual(s.run.trace.tasks(createdBy: .taskGroup).map(\.name), ["Task-2", "bee", "Task-4", "Task-5"],
                       "a named group task still takes a Task-N number")
    }
}
