import AsyncModel
import Foundation
import XCTest

/// The run-wide virtual clock across loops, and task names across runs.
final class ClockScenarioTests: XCTestCase {
    func testClocksAcrossRuns() throws {
        let s = Scenario()
        func monotonic() -> String { String(format: "%.3f", s.run.monotonic) }
        func main(_ label: String) -> NativeCoroutine {
            s.coroutine("main") {
                Step.do { s.say("\(label) \(s.currentTaskName) monotonic \(monotonic())") }
                s.sleep(1)
                Step.do {
                    s.loop.block(for: 0.5)
                    s.say("\(label) end monotonic \(monotonic())")
                }
            }
        }
        s.sayOutside("start monotonic \(monotonic())")
        s.run.sleepOutsideLoop(2)
        s.runMain(main("first"))
        s.sayOutside("between monotonic \(monotonic())")
        s.runMain(main("second"))
        s.sayOutside("end monotonic \(monotonic())")
        try assertMatchesCPython(s, "clocks_across_runs")
        XCTAssertEqual(s.run.trace.tasks.map(\.name), (1...6).map { "Task-\($0)" })
    }
}
