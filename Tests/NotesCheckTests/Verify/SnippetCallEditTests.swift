import XCTest
@testable import NotesCheck

/// Edits of single calls, as code before and after: substituted arguments, a keyword argument dropped, a wrapper
/// unwrapped; and the cases where the place is missing or ambiguous (`nil`).
final class SnippetCallEditTests: XCTestCase {
    let limited = """
    import asyncio
    limit = asyncio.Semaphore(3)

    async def download(n):
        async with limit:
            await asyncio.sleep(2)
            print(f"got {n}")

    async def main():
        await asyncio.gather(*(download(n) for n in range(6)))

    asyncio.run(main())
    """

    let breakfast = """
    async def main():
        tea = asyncio.create_task(brew("tea", 3))
        toast = asyncio.create_task(brew("toast", 2))
        await toast
        await tea
    """

    let wrapped = """
    async def main():
        results = await asyncio.gather(a(), b(), return_exceptions=True)
        value = await asyncio.wait_for(slow(3), timeout=5)
        print(await asyncio.shield(task))
    """

    func substitute(_ call: String, in code: String, sameMeansSnippet: Bool = false) -> String? {
        SnippetEditor.apply(.rewrite(.substituteCall(call: call, sameMeansSnippet: sameMeansSnippet)), to: code)
    }

    func lines(_ code: String?) -> [String] {
        code.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
    }

    func testACallGetsTheArgumentsTheSentenceWrites() {
        XCTAssertEqual(lines(substitute("Semaphore(1)", in: limited))[1], "limit = asyncio.Semaphore(1)")
        XCTAssertEqual(lines(substitute("asyncio.Semaphore(6)", in: limited))[1], "limit = asyncio.Semaphore(6)")
        XCTAssertEqual(lines(substitute("range(3)", in: limited))[9], "    await asyncio.gather(*(download(n) for n in range(3)))")
    }

    func testTheCallThatDiffersLeastIsChanged() {
        XCTAssertEqual(lines(substitute("brew(\"tea\", 1)", in: breakfast))[1], "    tea = asyncio.create_task(brew(\"tea\", 1))")
        XCTAssertNil(substitute("brew(\"coffee\", 1)", in: breakfast))
    }

    func testTheSameCallIsTheSnippetOnlyWhenTheSentenceMayMeanIt() {
        XCTAssertEqual(substitute("asyncio.Semaphore(3)", in: limited, sameMeansSnippet: true), limited)
        XCTAssertNil(substitute("asyncio.Semaphore(3)", in: limited))
    }

    func testOnlyLiteralArgumentsAreSubstituted() {
        XCTAssertNil(substitute("download(4)", in: limited), "`download(n)` is a call for every n, not a literal to change")
        XCTAssertNil(substitute("time.Semaphore(2)", in: limited), "another module's function")
        XCTAssertNil(substitute("Semaphore(2, 3)", in: limited), "another number of arguments")
        XCTAssertNil(substitute("Semaphore()", in: limited))
    }

    func testAKeywordArgumentIsTakenOutOfItsCall() {
        XCTAssertEqual(lines(SnippetEditor.apply(.removeStatements(containing: "return_exceptions=True"), to: wrapped))[1],
                       "    results = await asyncio.gather(a(), b())")
        XCTAssertNil(SnippetEditor.apply(.removeStatements(containing: "return_exceptions=False"), to: wrapped))
    }

    func testAWrapperIsUnwrappedToWhatItWraps() {
        XCTAssertEqual(lines(SnippetEditor.apply(.removeStatements(containing: "asyncio.shield"), to: wrapped))[3],
                       "    print(await task)")
        XCTAssertEqual(lines(SnippetEditor.apply(.removeStatements(containing: "wait_for"), to: wrapped))[2],
                       "    value = await slow(3)")
        XCTAssertNil(SnippetEditor.apply(.removeStatements(containing: "asyncio.shield"), to: breakfast))
    }

    func testATimeChangeFallsBackToTheOneCallArgumentOfThatValue() {
        let edited = SnippetEditor.apply(.rewrite(.replaceNumber(old: 3, new: 4, sleepArgument: true)), to: breakfast)
        XCTAssertEqual(lines(edited)[1], "    tea = asyncio.create_task(brew(\"tea\", 4))")
        XCTAssertNil(SnippetEditor.apply(.rewrite(.replaceNumber(old: 3, new: 4, sleepArgument: false)), to: breakfast))
    }

    func testAStatementMovedOutOfItsBlock() {
        let guarded = """
        async def guarded(name):
            async with lock:
                await tick(name, 2)
            print("out")
        """
        let edited = SnippetEditor.apply(.rewrite(.move(statement: "await tick(name, 2)", anchor: .holding("async with lock"), after: true)),
                                         to: guarded)
        XCTAssertEqual(lines(edited), ["async def guarded(name):", "    async with lock:", "        pass", "    await tick(name, 2)",
                                       "    print(\"out\")"])
    }

    func testCallsInStringsAndCommentsAreNotCalls() {
        let sites = SnippetEditor.callSites(inLine: "print(f\"{fetch(1)}\")  # fetch(2)", number: 0)
        XCTAssertEqual(sites.map(\.callee), ["print"])
        XCTAssertEqual(SnippetEditor.callSites(inLine: "async def fetch(n=1):", number: 0).map(\.callee), [])
        XCTAssertEqual(SnippetEditor.writtenCall("await asyncio.wait_for(f(1), timeout=2)")?.arguments, ["f(1)", "timeout=2"])
    }

    func testANamedValueIsAKeywordArgumentOrAnAssignment() {
        let knobs = """
        TIMEOUT = 1.5
        async def main():
            queue = asyncio.Queue(maxsize=2)
            await asyncio.wait_for(job(), timeout=TIMEOUT)
        """
        XCTAssertEqual(lines(SnippetEditor.apply(.rewrite(.setNamedValue(names: ["timeout"], value: 3)), to: knobs))[0], "TIMEOUT = 3.0")
        XCTAssertEqual(lines(SnippetEditor.apply(.rewrite(.setNamedValue(names: ["maxsize"], value: 5)), to: knobs))[2],
                       "    queue = asyncio.Queue(maxsize=5)")
        XCTAssertNil(SnippetEditor.apply(.rewrite(.setNamedValue(names: ["delay"], value: 5)), to: knobs))
        XCTAssertEqual(lines(SnippetEditor.apply(.rewrite(.setNamedValue(names: ["limit"], value: 6)), to: limited))[1],
                       "limit = asyncio.Semaphore(6)", "a limit nothing is called is the semaphore's size")
    }

    func testAKeywordWrittenAloneNamesTheStatementItBegins() {
        let worker = """
        async def worker():
            try:
                for i in range(3):
                    print("before", i)
            except asyncio.CancelledError:
                raise
            print("done")
        """
        XCTAssertEqual(lines(SnippetEditor.apply(.removeStatements(containing: "raise"), to: worker)),
                       ["async def worker():", "    try:", "        for i in range(3):", "            print(\"before\", i)",
                        "    except asyncio.CancelledError:", "        pass", "    print(\"done\")"])
        XCTAssertEqual(lines(SnippetEditor.apply(.removeStatements(containing: "for"), to: worker)),
                       ["async def worker():", "    try:", "        pass", "    except asyncio.CancelledError:", "        raise",
                        "    print(\"done\")"])
    }

    func testEmptyParenthesesInAnAnchorNameTheFunction() {
        let edited = SnippetEditor.apply(.rewrite(.move(statement: "await t2", anchor: .holding("create_task()"), after: true)),
                                         to: "t2 = asyncio.create_task(work())\nprint(1)\nawait t2")
        XCTAssertEqual(edited, "t2 = asyncio.create_task(work())\nawait t2\nprint(1)")
    }

    func testTheOneTimeoutIsTakenAway() {
        let blockTimeout = "async def main():\n    async with asyncio.timeout(3):\n        await work()\n    print(1)"
        XCTAssertEqual(SnippetEditor.apply(.rewrite(.removeTimeout), to: blockTimeout), "async def main():\n    await work()\n    print(1)")
        XCTAssertEqual(lines(SnippetEditor.apply(.rewrite(.removeTimeout), to: wrapped))[2], "    value = await slow(3)")
        XCTAssertNil(SnippetEditor.apply(.rewrite(.removeTimeout), to: blockTimeout + "\n    await asyncio.wait_for(f(), 1)"))
    }

    func testANamedValueMayBeTheOneArgumentOfACallOfThatName() {
        let blockTimeout = "async def main():\n    async with asyncio.timeout(3):\n        await work()"
        XCTAssertEqual(lines(SnippetEditor.apply(.rewrite(.setNamedValue(names: ["timeout"], value: 1.5)), to: blockTimeout))[1],
                       "    async with asyncio.timeout(1.5):")
    }
}
