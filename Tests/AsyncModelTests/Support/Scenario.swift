import AsyncModel
import Foundation
import XCTest

/// A scenario: one virtual run, a way to write coroutines as scripts, and the log the scenario prints.
///
/// `say(text)` prints `"<loop time, 3 decimals> <text>"` through the trace, as the scenario's Python twin
/// prints `f"{loop.time():.3f} {text}"`; `lines` renders the trace's prints back into those lines.
final class Scenario {
    let run = VirtualRun()

    /// The running loop (scenarios only ask for it while one runs).
    var loop: Loop {
        guard let loop = run.runningLoop else { fatalError("no running loop in this scenario step") }
        return loop
    }

    /// A scripted coroutine named like the Python function it mirrors.
    func coroutine(_ name: String, @ScriptBuilder _ steps: () -> [Step]) -> NativeCoroutine {
        let interpreter = ScriptInterpreter.body(steps())
        return NativeCoroutine(name: name) { interpreter.start() }
    }

    /// A scripted coroutine as an awaitable argument.
    func awaitable(_ name: String, @ScriptBuilder _ steps: () -> [Step]) -> Awaitable {
        .coroutine(coroutine(name, steps))
    }

    /// `print(f"{loop.time():.3f} {text}")` in the current task.
    func say(_ text: String) {
        run.trace.recordPrint(text, task: run.currentTask)
    }

    /// A `say` step.
    func sayStep(_ text: @autoclosure @escaping () -> String) -> Step {
        .do { self.say(text()) }
    }

    /// `await asyncio.sleep(seconds)` as a step.
    func sleep(_ seconds: Double) -> Step {
        .await { .coroutine(SleepCoroutine(seconds, in: self.run)) }
    }

    /// `asyncio.gather(*items)` inside a running loop (where it cannot fail).
    func gather(_ items: [Awaitable], returnExceptions: Bool = false) -> Awaitable {
        do {
            return .future(try run.gather(items, returnExceptions: returnExceptions))
        } catch {
            preconditionFailure("gather outside a running loop: \(error)")
        }
    }

    /// `print(text)` outside any loop (no time stamp).
    func sayOutside(_ text: String) {
        run.trace.recordPrint(text, task: nil)
    }

    /// The printed lines with the stamps the Python twin prints (the loop's time); a line printed outside
    /// any loop has no stamp.
    var lines: [String] {
        let trace = run.trace
        var loopOrigins: [Int: Int64] = [:]
        for event in trace.events {
            if case .loopCreated = event.kind { loopOrigins[event.loop] = event.timeNanos }
        }
        return trace.prints.map { record in
            let loop = trace.events[record.sequence].loop
            guard loop != 0 else { return record.text }
            let loopTime = record.timeNanos - (loopOrigins[loop] ?? 0)
            return String(format: "%.3f ", VirtualTime.seconds(loopTime)) + record.text
        }
    }

    /// `asyncio.run(main)`; an error ends the scenario as the Python twin's uncaught exception would.
    func runMain(_ main: NativeCoroutine) {
        do {
            _ = try run.runMain(main)
        } catch {
            uncaught = error
        }
    }

    /// `loop.create_task(coroutine, name=name)` in the running loop.
    @discardableResult
    func task(_ coroutine: NativeCoroutine, name: String? = nil) -> Task {
        loop.createTask(coroutine, name: name)
    }

    /// The current task's name (`asyncio.current_task().get_name()`).
    var currentTaskName: String { run.currentTask?.name ?? "None" }

    /// The error `asyncio.run` raised, if any.
    var uncaught: (any Error)?
}
