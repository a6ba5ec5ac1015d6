import XCTest
@testable import NotesCheck

/// Rewrites are code transforms: each test states the code before and after, or that the place is ambiguous.
final class SnippetRewriteTests: XCTestCase {
    let tasks = """
    async def fetch(name, delay):
        print(f"start {name}")
        await asyncio.sleep(delay)
        print(f"done {name}")

    async def main():
        t1 = asyncio.create_task(fetch("a", 1))
        t2 = asyncio.create_task(fetch("b", 2))
        print("tasks created")
        await t1
        await t2
    """

    func line(_ index: Int, of code: String) -> String? {
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        return index < lines.count ? String(lines[index]) : nil
    }

    func apply(_ rewrite: CodeRewrite, to code: String) -> String? {
        SnippetEditor.apply(.rewrite(rewrite), to: code)
    }

    func testReplacingCodeThatAppearsOnce() {
        let edited = apply(.replaceText(old: "fetch('b', 2)", new: "fetch('b', 3)"), to: tasks)
        XCTAssertEqual(edited.flatMap { line(7, of: $0) }, "    t2 = asyncio.create_task(fetch('b', 3))")
    }

    func testReplacingANameKeepsItsAsyncioQualification() {
        let edited = apply(.replaceText(old: "create_task(fetch(\"a\", 1))", new: "ensure_future(fetch(\"a\", 1))"), to: tasks)
        XCTAssertEqual(edited.flatMap { line(6, of: $0) }, "    t1 = asyncio.ensure_future(fetch(\"a\", 1))")
    }

    func testReplacingCodeThatAppearsTwiceIsAmbiguous() {
        XCTAssertNil(apply(.replaceText(old: "asyncio.create_task", new: "asyncio.ensure_future"), to: tasks))
    }

    func testReplacingAShortNameNeverEditsALongerOne() {
        XCTAssertEqual(apply(.replaceText(old: "t1", new: "t3"), to: "t1 = 1\nt10 = t1\n"), nil)
        XCTAssertEqual(apply(.replaceText(old: "t10", new: "t3"), to: "t1 = 1\nt10 = t1\n"), "t1 = 1\nt3 = t1\n")
    }

    func testChangingANumberThatAppearsOnce() {
        let code = "sem = asyncio.Semaphore(2)\nawait asyncio.gather(*(worker(i) for i in range(4)))\nprint(\"4 done\")"
        XCTAssertEqual(apply(.replaceNumber(old: 4, new: 6, sleepArgument: false), to: code),
                       "sem = asyncio.Semaphore(2)\nawait asyncio.gather(*(worker(i) for i in range(6)))\nprint(\"4 done\")")
    }

    func testANumberTwiceOrOnTheWrongSideOfASleepIsNoEdit() {
        XCTAssertNil(apply(.replaceNumber(old: 1, new: 2, sleepArgument: false), to: "x = range(1)\ny = range(1)"))
        XCTAssertNil(apply(.replaceNumber(old: 3, new: 5, sleepArgument: false), to: "await asyncio.sleep(3)"))
        XCTAssertNil(apply(.replaceNumber(old: 2, new: 3, sleepArgument: false), to: "t = create_task(fetch('b', 2))"))
        XCTAssertEqual(apply(.replaceNumber(old: 1, new: 2, sleepArgument: false), to: "q = asyncio.Queue(1)\nawait asyncio.sleep(1)"),
                       "q = asyncio.Queue(2)\nawait asyncio.sleep(1)")
        XCTAssertNil(apply(.replaceNumber(old: 2, new: 3, sleepArgument: true), to: "sem = asyncio.Semaphore(2)"))
        XCTAssertEqual(apply(.replaceNumber(old: 1, new: 2, sleepArgument: true), to: "x = f(1)\nawait asyncio.sleep(1)"),
                       "x = f(1)\nawait asyncio.sleep(2)")
        XCTAssertEqual(apply(.replaceNumber(old: 0.5, new: 2, sleepArgument: true), to: "await asyncio.sleep(0.5)"),
                       "await asyncio.sleep(2.0)")
    }

    func testSettingTheOneRange() {
        XCTAssertEqual(apply(.setCount(6), to: "jobs = [job(i) for i in range(4)]\nawait asyncio.sleep(4)"),
                       "jobs = [job(i) for i in range(6)]\nawait asyncio.sleep(4)")
        XCTAssertNil(apply(.setCount(6), to: "a = range(4)\nb = range(2)"))
        XCTAssertNil(apply(.setCount(6), to: "a = range(1, 4)"))
    }

    func testSettingTheOneSleep() {
        let code = "await asyncio.sleep(0)\nawait asyncio.sleep(1)"
        XCTAssertEqual(apply(.setSleep(seconds: 3), to: code), "await asyncio.sleep(0)\nawait asyncio.sleep(3)")
        XCTAssertNil(apply(.setSleep(seconds: 3), to: "await asyncio.sleep(1)\ntime.sleep(2)"))
    }

    func testInsertingAfterAStatementAndAfterACreation() {
        let after = apply(.insert(statement: "await asyncio.sleep(0)", anchor: .holding("print(\"tasks created\")"), after: true), to: tasks)
        XCTAssertEqual(after.flatMap { line(9, of: $0) }, "    await asyncio.sleep(0)")
        let created = apply(.insert(statement: "await asyncio.sleep(0)", anchor: .creation(of: "t1"), after: true), to: tasks)
        XCTAssertEqual(created.flatMap { line(7, of: $0) }, "    await asyncio.sleep(0)")
        XCTAssertNil(apply(.insert(statement: "pass", anchor: .holding("create_task"), after: true), to: tasks))
        XCTAssertNil(apply(.insert(statement: "pass", anchor: .holding("async def main()"), after: true), to: tasks))
    }

    func testInsertingIntoAFunction() {
        let top = apply(.insertInFunction(statement: "await asyncio.sleep(1)", function: "fetch", place: .top), to: tasks)
        XCTAssertEqual(top?.split(separator: "\n").prefix(3).joined(separator: "\n"), """
        async def fetch(name, delay):
            await asyncio.sleep(1)
            print(f"start {name}")
        """)
        let first = apply(.insertInFunction(statement: "x = 1", function: "fetch", place: .beforeFirstPrint), to: tasks)
        XCTAssertEqual(first.flatMap { line(1, of: $0) }, "    x = 1")
        XCTAssertNil(apply(.insertInFunction(statement: "x = 1", function: "fetch", place: .beforeOnlyPrint), to: tasks))
        XCTAssertNil(apply(.insertInFunction(statement: "x = 1", function: "missing", place: .top), to: tasks))
    }

    func testMovingAStatementBeforeAndAfterALoop() {
        let code = """
        async def main():
            for t in tasks:
                await t
            print("main returns")
        """
        XCTAssertEqual(apply(.move(statement: "print(\"main returns\")", anchor: .loop, after: false), to: code), """
        async def main():
            print("main returns")
            for t in tasks:
                await t
        """)
        let first = "async def main():\n    print(\"x\")\n    for t in tasks:\n        await t"
        XCTAssertEqual(apply(.move(statement: "print(\"x\")", anchor: .loop, after: true), to: first),
                       "async def main():\n    for t in tasks:\n        await t\n    print(\"x\")")
    }

    func testRemovingAWholeBlockNamedByItsFirstLine() {
        let code = """
        async def main():
            for t in tasks:
                await t
            print("main returns")
        """
        let expected = """
        async def main():
            print("main returns")
        """
        XCTAssertEqual(apply(.removeBlock(header: "for t in tasks: await t"), to: code), expected)
        XCTAssertEqual(apply(.removeBlock(header: "for t in tasks"), to: code), expected)
        XCTAssertNil(apply(.removeBlock(header: "for t in tasks: await other"), to: code))
    }

    func testMovingAnAwaitBeforeAnotherTaskMeansBeforeItsAwait() {
        XCTAssertEqual(SnippetEditor.apply(.moveAwait(awaited: "t2", before: "t1"), to: tasks)?.split(separator: "\n").suffix(2)
            .joined(separator: "\n"), "    await t2\n    await t1")
    }

    func testSleepReplacementsBecomeTheSleepSwap() {
        let literals = ["asyncio.sleep", "time.sleep"]
        let literal: (Subject) -> String? = { if case .mention(let i) = $0 { return literals[i] } else { return nil } }
        XCTAssertEqual(Rewrite.replace(old: .mention(0), new: .mention(1)).swapsSleep(literal), false)
        XCTAssertEqual(Rewrite.replace(old: .mention(1), new: .mention(0)).swapsSleep(literal), true)
    }
}

/// Rewrites of synchronisation primitives and of the fence a variant edits.
final class PrimitiveRewriteTests: XCTestCase {
    let limited = """
    async def job(n, sem):
        async with sem:
            await asyncio.sleep(1)

    async def main():
        sem = asyncio.Semaphore(2)
        await asyncio.gather(*(job(i, sem) for i in range(5)))
    """

    func testRemovingThePrimitiveKeepsTheBodies() {
        XCTAssertEqual(SnippetEditor.apply(.rewrite(.removePrimitive(classes: ["Semaphore"])), to: limited), """
        async def job(n, sem):
            await asyncio.sleep(1)

        async def main():
            sem = asyncio.Semaphore(2)
            await asyncio.gather(*(job(i, sem) for i in range(5)))
        """)
        XCTAssertNil(SnippetEditor.apply(.rewrite(.removePrimitive(classes: ["Lock"])), to: limited))
    }

    func testResizingThePrimitive() {
        let edited = SnippetEditor.apply(.rewrite(.resizePrimitive(classes: ["Semaphore"], size: 9)), to: limited)
        XCTAssertEqual(edited?.contains("sem = asyncio.Semaphore(9)"), true)
        let two = limited + "\n    other = asyncio.Semaphore(3)"
        XCTAssertNil(SnippetEditor.apply(.rewrite(.resizePrimitive(classes: ["Semaphore"], size: 9)), to: two))
    }

    func testAnEditOfAnEarlierFenceKeepsItsTopLevelLines() {
        let helpers = FenceCode(source: "async def log(msg):\n    print(msg)\n\nasyncio.run(main())", firstLine: 3)
        let own = FenceCode(source: "async def main():\n    await log('x')", firstLine: 12)
        let plan = PlannedRun(entry: .own, prelude: [PlannedRun.Replay(code: helpers, dropped: [1])], own: own, rerun: nil,
                              implicitMain: false, syntaxError: nil)
        let inserted = plan.edited(.rewrite(.insertInFunction(statement: "await asyncio.sleep(1)", function: "log", place: .top)))
        XCTAssertEqual(inserted?.prelude.first?.code.source, "async def log(msg):\n    await asyncio.sleep(1)\n    print(msg)\n\nasyncio.run(main())")
        XCTAssertEqual(inserted?.own, own)
        XCTAssertNil(plan.edited(.removeStatements(containing: "asyncio.run(main())")))
    }
}
