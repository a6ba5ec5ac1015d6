import XCTest
@testable import NotesCheck

/// The async-context family's patterns (`__aexit__` and `@asynccontextmanager`).
final class AsyncContextBehaviourTests: XCTestCase {
    let matcher = ClaimMatcher()

    func read(_ text: String) -> [String] { readBehaviours(text, family: "async-context", matcher: matcher) }

    func testAexitRunsAndReceivesTheException() {
        XCTAssertEqual(read("`__aexit__` is called even if an exception is raised inside the block."), ["aexit-runs-on-exception=True"])
        XCTAssertEqual(read("`__aexit__` does not receive the exception."), ["not aexit-receives-exception=True"])
    }

    func testAexitReturnValueDecides() {
        XCTAssertEqual(read("Returning False from `__aexit__` swallows the exception."), ["aexit-falsy-propagates=False"])
        XCTAssertEqual(read("Returning `None` from `__aexit__` lets the exception propagate."), ["aexit-falsy-propagates=True"])
        XCTAssertEqual(read("If `__aexit__` returns `True`, the exception is suppressed."), ["aexit-truthy-swallows=True"])
        XCTAssertEqual(read("If `__aexit__` returns a truthy value, the exception is not suppressed."), ["not aexit-truthy-swallows=True"])
    }

    func testAsyncContextManagerDecorator() {
        XCTAssertEqual(read("With `@asynccontextmanager`, the code after the `yield` runs when the `async with` block exits."),
                       ["acm-after-yield-runs-on-exit=True"])
        XCTAssertEqual(read("With `asynccontextmanager`, the code after `yield` still runs even if the body raises."),
                       ["acm-exception-skips-after-yield=False"])
    }

    func testExceptionsPassedToAexit() {
        XCTAssertEqual(read("Exceptions inside the block are never passed to `__aexit__`."), ["not aexit-receives-exception=True"])
    }

    func testMentionsAreNotClaims() {
        XCTAssertEqual(read("`async with` calls `__aenter__` and `__aexit__`."), [])
        XCTAssertEqual(read("Decorate the generator with `@asynccontextmanager`."), [])
        XCTAssertEqual(read("Our `__aexit__` returns False."), [])
    }
}
