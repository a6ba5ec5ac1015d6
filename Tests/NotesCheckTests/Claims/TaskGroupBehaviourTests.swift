import XCTest
@testable import NotesCheck

/// The task-group family's patterns (`asyncio.TaskGroup`): which sentences they read, and which they leave alone.
/// Truth is the probe's.
final class TaskGroupBehaviourTests: XCTestCase {
    let reading = AwaitingBehaviourReading()
    func read(_ text: String) -> [String] { reading.read(text, family: "task-group") }
    func anyBehaviour(_ text: String) -> [String] { reading.read(text, family: nil) }

    func testFailureCancelsSiblings() {
        XCTAssertEqual(read("If a child raises, the `TaskGroup` cancels its siblings."), ["failure-cancels-siblings=true"])
        XCTAssertEqual(read("In a task group, when one task fails, the other tasks are not cancelled."), ["not failure-cancels-siblings=true"])
        XCTAssertEqual(read("When one task of the `asyncio.TaskGroup()` raises an error, the rest keep running."), ["failure-cancels-siblings=false"])
    }

    func testHowErrorsComeOut() {
        XCTAssertEqual(read("A `TaskGroup` raises an `ExceptionGroup` when its tasks fail."), ["error-type=exceptiongroup"])
        XCTAssertEqual(read("The task group's errors are wrapped in an exception group."), ["error-type=exceptiongroup"])
        XCTAssertEqual(read("The exception escapes the `async with` block as a plain `KeyError`."), ["plain-except-catches=true"])
        XCTAssertEqual(read("With a `TaskGroup`, a normal `except ValueError:` does not catch the error."), ["not plain-except-catches=true"])
        XCTAssertEqual(read("The `TaskGroup` keeps all of the errors."), ["keeps-all-errors=true"])
        XCTAssertEqual(read("A task group raises only the first exception."), ["keeps-all-errors=false"])
        XCTAssertEqual(read("The task group drops the later errors."), ["keeps-all-errors=false"])
        XCTAssertEqual(read("`TaskGroup` errors come out as a `BaseExceptionGroup`."), ["error-is-base-exception-group=true"])
        XCTAssertEqual(read("`TaskGroup` re-raises the exception of the failing task directly."), ["plain-except-catches=true"])
    }

    func testWaitsForChildren() {
        XCTAssertEqual(read("The `async with asyncio.TaskGroup() as tg:` block waits for all the tasks."), ["waits-for-all=true"])
        XCTAssertEqual(read("A task group doesn't wait for its child tasks."), ["not waits-for-all=true"])
    }

    func testSentencesThatOnlyMentionTaskGroupsStaySilent() {
        XCTAssertEqual(anyBehaviour("Create the tasks with `tg.create_task()` inside a `TaskGroup`."), [])
        XCTAssertEqual(anyBehaviour("If a child of the `TaskGroup` raises `ValueError`, handle it with `except*`."), [])
        XCTAssertEqual(anyBehaviour("When a task group is cancelled from outside, you must cancel the other tasks yourself."), [])
        XCTAssertEqual(anyBehaviour("Unlike `gather`, a `TaskGroup` cancels the other tasks when one fails."), [])
        XCTAssertEqual(anyBehaviour("In a `TaskGroup`, tasks that already finished are not cancelled when another one fails."), [])
    }
}
