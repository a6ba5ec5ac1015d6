import XCTest
@testable import NotesCheck

/// The gather family's patterns: which sentences they read, and which they leave alone. Truth is the probe's.
final class GatherBehaviourTests: XCTestCase {
    let reading = AwaitingBehaviourReading()
    func read(_ text: String) -> [String] { reading.read(text, family: "gather") }
    func anyBehaviour(_ text: String) -> [String] { reading.read(text, family: nil) }

    func testResultOrder() {
        XCTAssertEqual(read("`asyncio.gather()` returns the results in the order the coroutines were passed."), ["result-order=arguments"])
        XCTAssertEqual(read("The results of gather always come back in argument order."), ["result-order=arguments"])
        XCTAssertEqual(read("`gather(*coros)` returns its values in the order they finish."), ["result-order=completion"])
        XCTAssertEqual(read("With gather, results arrive in completion order."), ["result-order=completion"])
        XCTAssertEqual(read("`gather` gives the results back in the order you passed them, not in the order they complete."),
                       ["not result-order=completion", "result-order=arguments"])
        XCTAssertEqual(read("`asyncio.gather()` preserves the order of the awaitables you pass in."), ["result-order=arguments"])
    }

    func testFailureCancelsANamedSibling() {
        XCTAssertEqual(read("Plain `gather` cancels `c` as soon as `b` fails, just as the task group does."), ["exception-cancels-others=true"])
        XCTAssertEqual(read("`asyncio.gather()` kills `slow()` once `fast()` raises."), ["exception-cancels-others=true"])
        XCTAssertEqual(read("`gather` does not cancel `reader` when `writer` fails."), ["not exception-cancels-others=true"])
        XCTAssertEqual(read("`gather` with `return_exceptions=True` cancels `c` when `b` fails."), [])
    }

    func testWrapsCoroutinesInTasks() {
        XCTAssertEqual(read("`asyncio.gather` wraps each coroutine in a task."), ["wraps-in-tasks=true"])
        XCTAssertEqual(read("Coroutines handed to `gather()` are scheduled as tasks."), ["wraps-in-tasks=true"])
        XCTAssertEqual(read("gather creates a task for every coroutine it receives."), ["wraps-in-tasks=true"])
    }

    func testFailures() {
        XCTAssertEqual(read("If one awaitable raises, `gather` cancels all the other tasks."), ["exception-cancels-others=true"])
        XCTAssertEqual(read("When a child fails, `asyncio.gather()` does not cancel the remaining tasks."), ["not exception-cancels-others=true"])
        XCTAssertEqual(read("When one coroutine in a gather raises, the other ones are cancelled."), ["exception-cancels-others=true"])
        XCTAssertEqual(read("After an exception in `gather`, the other tasks keep running."), ["others-keep-running=true"])
        XCTAssertEqual(read("`gather` raises the first exception it sees."), ["first-exception-propagates=true"])
        XCTAssertEqual(read("The first error is propagated to the code awaiting `gather()`."), ["first-exception-propagates=true"])
        XCTAssertEqual(read("If two coroutines fail, `gather` raises an `ExceptionGroup` with both errors."), ["error-type=exceptiongroup"])
        XCTAssertEqual(read("Without `return_exceptions`, gather raises an exception group."), ["error-type=exceptiongroup"])
        XCTAssertEqual(read("Gather waits for all the tasks to finish before raising the error."), ["waits-for-others-before-raising=true"])
    }

    func testReturnExceptionsAndCancellation() {
        XCTAssertEqual(read("With `return_exceptions=True` the errors are returned in the results list."), ["return-exceptions-in-list=true"])
        XCTAssertEqual(read("Passing `return_exceptions=True` means exceptions are not included in the result list."),
                       ["not return-exceptions-in-list=true"])
        XCTAssertEqual(read("Cancelling the gather cancels all of its children."), ["cancel-cancels-children=true"])
        XCTAssertEqual(read("If you cancel the gather, it cancels the other tasks as well."), ["cancel-cancels-children=true"])
        XCTAssertEqual(read("When `gather()` itself is cancelled, its child tasks are not cancelled."), ["not cancel-cancels-children=true"])
    }

    func testSentencesThatOnlyMentionGatherStaySilent() {
        XCTAssertEqual(anyBehaviour("We use `asyncio.gather()` to run the three downloads."), [])
        XCTAssertEqual(anyBehaviour("We gather the results in the order they finish."), [])
        XCTAssertEqual(anyBehaviour("The lines are printed in the order the tasks finish, and `gather` returns a list."), ["gather-result-type=list"])
        XCTAssertEqual(anyBehaviour("Does `gather` cancel the other tasks when one fails?"), [])
        XCTAssertEqual(anyBehaviour("Unlike `gather`, `as_completed` yields results in the order they finish."), [])
        XCTAssertEqual(anyBehaviour("With `return_exceptions=True`, `gather` does not raise the first exception."), [])
        XCTAssertEqual(anyBehaviour("With `return_exceptions=False` (the default), exceptions are not returned in the list."), [])
        XCTAssertEqual(anyBehaviour("A common myth is that `gather` cancels the other tasks when one fails."), [])
        XCTAssertEqual(anyBehaviour("Results printed by the workers appear in completion order, but `gather` returns them in argument order."), [])
        XCTAssertEqual(anyBehaviour("I used to think `gather` cancels the other tasks when one fails, but it doesn't."), [])
        XCTAssertEqual(anyBehaviour("`gather` cancels the other tasks when one fails; it does not."), [])
        XCTAssertEqual(anyBehaviour("If you need the results in completion order, use `as_completed` instead of `gather`."), [])
    }
}
