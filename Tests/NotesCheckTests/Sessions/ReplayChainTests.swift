import Foundation
import XCTest
@testable import NotesCheck

/// Replaying a file's fences once on a chain must give exactly the runs that replaying every earlier fence
/// afresh for each fence gives (DESIGN.md's session rules, unchanged).
final class ReplayChainTests: XCTestCase {
    private func plans(_ markdown: String) -> [PlannedRun] {
        guard let source = SourceText(bytes: Array(markdown.utf8)) else { return [] }
        let codes = Document.parse(source).fences.filter(SnippetRule.isSnippet).map { fence in
            FenceCode(source: fence.content,
                      firstLine: fence.lines.first.map { source.lineTable.location(of: $0.range.lowerBound).line } ?? 1)
        }
        return SessionPlanner.plan(codes)
    }

    /// Each fence on a runner of its own (a fresh interpreter replays everything before it).
    private func freshRuns(_ plans: [PlannedRun]) -> [FenceRun] {
        plans.map { ModelRunner().run($0, fileName: "notes.md") }
    }

    private func assertChainedRunsAreFresh(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) {
        let plans = plans(markdown)
        XCTAssertFalse(plans.isEmpty, file: file, line: line)
        let expected = freshRuns(plans)
        let runner = ModelRunner()
        XCTAssertEqual(plans.map { runner.run($0, fileName: "notes.md") }, expected, "in order", file: file, line: line)
        let backwards = ModelRunner()
        XCTAssertEqual(plans.reversed().map { backwards.run($0, fileName: "notes.md") }, expected.reversed(),
                       "in reverse order", file: file, line: line)
    }

    func testStateLaterFencesMutateIsReplayedNotShared() {
        assertChainedRunsAreFresh("""
        ```python
        items = []
        def add(x):
            items.append(x)
        ```

        ```python
        add(1)
        print(items)
        ```

        ```python
        import asyncio
        async def main():
            add(2)
            print(items)
        asyncio.run(main())
        ```

        ```python
        add(3)
        print(items)
        ```
        """)
    }

    func testTopLevelAwaitFencesShareTheirLoopAcrossTheChain() {
        assertChainedRunsAreFresh("""
        ```python
        import asyncio
        async def tick(n):
            await asyncio.sleep(n)
            print("tick", n)
        task = asyncio.create_task(tick(1))
        ```

        ```python
        await asyncio.sleep(0.5)
        print(task.done())
        ```

        ```python
        await task
        print(task.done(), asyncio.get_running_loop().time())
        ```
        """)
    }

    /// The second fence's own run finishes its loop; its replay, on a tenth of the budget, stops inside it, so
    /// the third fence must see `n` short of the end and no `finished`.
    func testAFenceBeyondTheReplayBudgetIsReplayedByItsOwnBudget() {
        let runs = freshRuns(plans("""
        ```python
        n = 0
        ```

        ```python
        while n < 100_000:
            n += 1
        finished = True
        ```

        ```python
        try:
            print(n < 100_000, finished)
        except NameError:
            print(n < 100_000, "no finished")
        ```
        """))
        XCTAssertEqual(runs.last?.stdout, ["True no finished"])
        assertChainedRunsAreFresh("""
        ```python
        n = 0
        ```

        ```python
        while n < 100_000:
            n += 1
        finished = True
        ```

        ```python
        try:
            print(n < 100_000, finished)
        except NameError:
            print(n < 100_000, "no finished")
        ```
        """)
    }

    func testEveryFixtureNoteRunsAsWithFreshReplays() throws {
        let root = Golden.testsDirectory.appendingPathComponent("Fixtures/Notes")
        let notes = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThan(notes.count, 30)
        for note in notes {
            let text = String(decoding: try Data(contentsOf: root.appendingPathComponent(note)), as: UTF8.self)
            let plans = plans(text)
            let runner = ModelRunner()
            XCTAssertEqual(plans.map { runner.run($0, fileName: "notes.md") }, freshRuns(plans), note)
        }
    }
}
