import XCTest
@testable import PyModel

/// The public run API: compile errors with Markdown lines, a namespace shared across runs, clocks reset per
/// run, top-level await on a persistent loop.
final class SessionTests: XCTestCase {
    func compile(_ source: String, firstLine: Int = 1, topLevelAwait: Bool = false) -> CompiledCode? {
        switch Interpreter.compile(source, firstLine: firstLine, allowTopLevelAwait: topLevelAwait) {
        case .success(let code): return code
        case .failure(let e):
            XCTFail(e.message)
            return nil
        }
    }

    func testCompileErrorsCarryCPythonMessageAndMarkdownLine() {
        guard case .failure(let e) = Interpreter.compile("x = 1\nreturn x\n", firstLine: 20) else {
            return XCTFail("expected a compile error")
        }
        XCTAssertEqual(e, CompileError(message: "SyntaxError: 'return' outside function", line: 21))
        guard case .failure(let e2) = Interpreter.compile("def f():\n    await g()\n", firstLine: 5) else {
            return XCTFail("expected a compile error")
        }
        XCTAssertEqual(e2, CompileError(message: "SyntaxError: 'await' outside async function", line: 6))
        guard case .failure(let e3) = Interpreter.compile("await g()\n") else { return XCTFail("expected an error") }
        XCTAssertEqual(e3.message, "SyntaxError: 'await' outside function")
    }

    func testATransformedASTCompiles() {
        guard let module = Parser.parse(source: "print('kept')\nprint('dropped')\n").module else { return XCTFail("parse") }
        module.body.removeLast()
        guard case .success(let code) = Interpreter.compile(module) else { return XCTFail("compile") }
        XCTAssertEqual(Interpreter().run(code).stdout, ["kept"])
    }

    func testNamespacePersistsAcrossRuns() {
        let session = Interpreter()
        guard let first = compile("x = 41\ndef f():\n    return x + 1\n"), let second = compile("print(f(), __name__)\n") else { return }
        XCTAssertEqual(session.run(first).outcome, .completed)
        let r = session.run(second)
        XCTAssertEqual(r.stdout, ["42 __main__"])
        XCTAssertEqual(r.virtualSeconds, nil)
    }

    func testEachRunStartsItsClockAndRandomAfresh() {
        let session = Interpreter()
        guard let code = compile("import time, random\ntime.sleep(2)\nprint(time.monotonic(), random.random())\n") else { return }
        let a = session.run(code), b = session.run(code)
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertEqual(a.stdout.first?.hasPrefix("2.0 "), true)
    }

    func testUncaughtExceptionReportsLastTracebackLineAndLine() {
        guard let code = compile("def f():\n    raise KeyError('k')\nf()\n", firstLine: 10) else { return }
        XCTAssertEqual(Interpreter().run(code).outcome, .exception("KeyError: 'k'", line: 11))
    }

    func testTopLevelAwaitRunsOnAPersistentLoop() {
        let session = Interpreter()
        guard let setup = compile("import asyncio\n"),
              let first = compile("await asyncio.sleep(2)\nprint('slept')\n", topLevelAwait: true),
              let second = compile("t = asyncio.get_running_loop().time()\nawait asyncio.sleep(1)\nprint(t)\n", topLevelAwait: true)
        else { return }
        XCTAssertTrue(first.isCoroutine)
        _ = session.run(setup)
        let r1 = session.runTopLevelAwait(first)
        XCTAssertEqual(r1.outcome, .completed)
        XCTAssertEqual(r1.stdout, ["slept"])
        XCTAssertEqual(r1.virtualSeconds, 2.0)
        let r2 = session.runTopLevelAwait(second)
        XCTAssertEqual(r2.stdout, ["2.0"])
        XCTAssertEqual(r2.virtualSeconds, 1.0)
    }

    func testVirtualSecondsOfAsyncioRun() {
        let source = """
        import asyncio
        async def main():
            print("start", end=" ")
            print("now")
            await asyncio.gather(asyncio.sleep(5), asyncio.sleep(3))
            print("end")
        asyncio.run(main())
        print("after")
        """
        guard let code = compile(source) else { return }
        let r = Interpreter().run(code)
        XCTAssertEqual(r.outcome, .completed)
        XCTAssertEqual(r.virtualSeconds, 5.0)
        XCTAssertFalse(r.trace.tasks.isEmpty)
        XCTAssertEqual(r.trace.prints.map { $0.text }, ["start now", "end", "after"])
        XCTAssertEqual(r.trace.prints.map { $0.timeNanos }, [0, 5_000_000_000, 5_000_000_000])
        XCTAssertNotNil(r.trace.prints[0].task)
        XCTAssertNil(r.trace.prints[2].task)
    }
}
