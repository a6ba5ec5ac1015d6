import XCTest
@testable import NotesCheck

/// The tasks family's patterns (coroutine objects awaited twice, task names, `current_task()`, `exception()` and
/// `result()` on tasks, what `create_task()` and `ensure_future()` take and make). Truth is the probe's.
final class TaskBehaviourTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] { readBehaviours(text, family: "tasks", matcher: matcher) }

    func testCallingACoroutineFunction() {
        XCTAssertEqual(read("Calling a coroutine function only creates a coroutine object."), ["bare-call-runs-body=False"])
        XCTAssertEqual(read("Calling an async function runs its body right away."), ["bare-call-runs-body=True"])
        XCTAssertEqual(read("Calling an `async def` function does not run its body."), ["not bare-call-runs-body=True"])
    }

    func testAwaitingTwice() {
        XCTAssertEqual(read("If you await the same coroutine twice, Python raises `RuntimeError`."), ["coroutine-reawait=runtimeerror"])
        XCTAssertEqual(read("Awaiting a coroutine twice is an error."), ["coroutine-reawait-fails=True"])
        XCTAssertEqual(read("A coroutine object can only be awaited once."), ["coroutine-reawait-fails=True"])
        XCTAssertEqual(read("A coroutine can't be awaited twice."), ["not coroutine-reawait-fails=False"])
        XCTAssertEqual(read("A task can be awaited more than once."), ["task-reawait-fails=False"])
        XCTAssertEqual(read("Awaiting a task twice raises an error."), ["task-reawait-fails=True"])
        XCTAssertEqual(read("A finished task can be awaited again, and the second await gives the same result back."),
                       ["task-reawait-fails=False", "task-reawait-same=True"])
    }

    func testNamesAndTheCurrentTask() {
        XCTAssertEqual(read("`t.get_name()` gives back the name you passed to `create_task()`."), ["task-name=True"])
        XCTAssertEqual(read("`asyncio.current_task()` returns the currently running task."), ["current-task-in-task=True"])
        XCTAssertEqual(read("Called from a plain callback, `asyncio.current_task()` returns `None`."), ["current-task-in-callback=none"])
    }

    func testExceptionAndResultOfATask() {
        XCTAssertEqual(read("Once a task has failed, `task.exception()` returns the exception instead of raising it."),
                       ["exception-of-failed=returns"])
        XCTAssertEqual(read("For a task that raised, `exception()` re-raises the exception."), ["exception-of-failed=raises"])
        XCTAssertEqual(read("`task.result()` on a still-running task waits for it to finish."), ["result-of-running-task=blocks"])
        XCTAssertEqual(read("Calling `task.result()` on a pending task raises `InvalidStateError`."),
                       ["result-of-running-task=invalidstateerror"])
    }

    func testWhatCreateTaskAndEnsureFutureTake() {
        XCTAssertEqual(read("`asyncio.create_task()` also accepts a Future."), ["create-task-future=returns"])
        XCTAssertEqual(read("`asyncio.create_task()` does not accept a future."), ["not create-task-future=returns"])
        XCTAssertEqual(read("`create_task()` only accepts coroutines."), ["create-task-future=TypeError"])
        XCTAssertEqual(read("`asyncio.ensure_future()` wraps a coroutine into a task."), ["ensure-future-task=True"])
    }

    func testSentencesThatOnlyMentionTasksStaySilent() {
        XCTAssertEqual(read("Each task gets a name."), [])
        XCTAssertEqual(read("Outside a running loop, `asyncio.current_task()` returns `None`."), [])
        XCTAssertEqual(read("We await the task at the end of `main()`."), [])
        XCTAssertEqual(read("`create_task()` takes the coroutine and schedules it."), [])
    }
}
