import XCTest
@testable import PyModel

/// The hostile suite: runaway loops, deep recursion, huge objects and refused constructs all end with a
/// clean outcome naming the kind and the line, never a crash or a catchable exception.
final class SandboxTests: XCTestCase {
    let small = Budgets(instructions: 200_000, virtualSeconds: 3600, recursionLimit: 1000, objectSize: 1_000_000)

    func run(_ source: String, firstLine: Int = 1, budgets: Budgets? = nil) -> RunResult? {
        switch Interpreter.compile(source, firstLine: firstLine) {
        case .failure(let e):
            XCTFail("compile error: \(e.message)")
            return nil
        case .success(let code):
            return Interpreter(budgets: budgets ?? small).run(code)
        }
    }

    func testInfiniteLoopStopsOnInstructionBudget() {
        XCTAssertEqual(run("x = 0\nwhile True:\n    x += 1\n")?.outcome, .budget(.instructions, line: 2))
    }

    func testInfiniteLoopWithoutBodyStops() {
        XCTAssertEqual(run("while True: pass\n", firstLine: 40)?.outcome, .budget(.instructions, line: 40))
    }

    func testAwaitLoopStopsOnVirtualTimeBudget() {
        let source = """
        import asyncio
        async def main():
            while True:
                await asyncio.sleep(1)
        asyncio.run(main())
        """
        let r = run(source, budgets: Budgets(instructions: 10_000_000, virtualSeconds: 100))
        XCTAssertEqual(r?.outcome, .budget(.virtualTime, line: 4))
    }

    func testDeepRecursionStopsOnRecursionBudget() {
        let r = run("def f(n):\n    return f(n + 1)\nf(0)\n")
        XCTAssertEqual(r?.outcome, .budget(.recursion, line: 2))
    }

    func testHugeObjectsStopOnSizeBudget() {
        XCTAssertEqual(run("s = 'x' * 10**10\n")?.outcome, .budget(.size, line: 1))
        XCTAssertEqual(run("a = [0] * 10**9\n")?.outcome, .budget(.size, line: 1))
        XCTAssertEqual(run("n = 10 ** 10**8\n")?.outcome, .budget(.size, line: 1))
    }

    func testRefusedImportIsUnsupportedAndNotCatchable() {
        let source = "try:\n    import os\nexcept Exception:\n    print('caught')\n"
        let r = run(source)
        XCTAssertEqual(r?.outcome, .unsupported("import os", line: 2))
        XCTAssertEqual(r?.stdout, [])
    }

    func testRefusedBuiltinsAreUnsupported() {
        XCTAssertEqual(run("print('a')\nopen('/etc/passwd')\n")?.outcome, .unsupported("open()", line: 2))
        XCTAssertEqual(run("eval('1+1')\n")?.outcome, .unsupported("eval()", line: 1))
        XCTAssertEqual(run("exec('x=1')\n")?.outcome, .unsupported("exec()", line: 1))
        XCTAssertEqual(run("__import__('os')\n")?.outcome, .unsupported("__import__()", line: 1))
        XCTAssertEqual(run("input()\n")?.outcome, .unsupported("input()", line: 1))
        XCTAssertEqual(run("import aiohttp\n")?.outcome, .unsupported("import aiohttp", line: 1))
    }

    func testOutputBeforeAStopIsKept() {
        let r = run("print('before')\nimport socket\n")
        XCTAssertEqual(r?.stdout, ["before"])
    }
}
