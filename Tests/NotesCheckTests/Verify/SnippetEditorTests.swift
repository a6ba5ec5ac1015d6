import XCTest
@testable import NotesCheck

/// Counterfactual edits are code transforms: each test states the code before and after.
final class SnippetEditorTests: XCTestCase {
    let main = """
    async def main() -> None:
        task = asyncio.create_task(async_sleep(1))
        await async_sleep(2)
        await task
        await print_hello()
    """

    func testMoveAwaitBeforeAnotherStatement() {
        XCTAssertEqual(SnippetEditor.apply(.moveAwait(awaited: "task", before: "async_sleep(2)"), to: main), """
        async def main() -> None:
            task = asyncio.create_task(async_sleep(1))
            await task
            await async_sleep(2)
            await print_hello()
        """)
    }

    func testAwaitRightAfterCreation() {
        let code = """
        async def main():
            t1 = asyncio.create_task(work(1))
            t2 = asyncio.create_task(work(2))
            await t1
            await t2
        """
        XCTAssertEqual(SnippetEditor.apply(.awaitRightAfterCreation(variable: "t2"), to: code), """
        async def main():
            t1 = asyncio.create_task(work(1))
            t2 = asyncio.create_task(work(2))
            await t2
            await t1
        """)
    }

    func testRemovingTheOnlyStatementOfABlockLeavesPass() {
        let code = """
        async def main():
            for i in range(3):
                await asyncio.sleep(0)
            print("done")
        """
        XCTAssertEqual(SnippetEditor.apply(.removeStatements(containing: "asyncio.sleep(0)"), to: code), """
        async def main():
            for i in range(3):
                pass
            print("done")
        """)
    }

    func testRemovingACompoundHeaderDedentsItsBody() {
        let code = """
        async def use(lock):
            async with lock:
                print("in")
                await asyncio.sleep(1)
            print("out")
        """
        XCTAssertEqual(SnippetEditor.apply(.removeStatements(containing: "async with lock:"), to: code), """
        async def use(lock):
            print("in")
            await asyncio.sleep(1)
            print("out")
        """)
    }

    func testAwaitDirectlyUnwrapsTaskCreation() {
        let code = """
        async def main():
            task = asyncio.create_task(work(1), name="w")
            asyncio.create_task(work(2))
            await task
        """
        XCTAssertEqual(SnippetEditor.apply(.awaitDirectly, to: code), """
        async def main():
            task = work(1)
            await work(2)
            await task
        """)
    }

    func testSwapSleepAddsTheImport() {
        let code = """
        import time
        async def work():
            time.sleep(1)
        """
        XCTAssertEqual(SnippetEditor.apply(.swapSleep(toAsync: true), to: code), """
        import asyncio
        import time
        async def work():
            await asyncio.sleep(1)
        """)
    }

    func testAnEditThatCannotBeLocatedIsNil() {
        XCTAssertNil(SnippetEditor.apply(.moveAwait(awaited: "other", before: "async_sleep(2)"), to: main))
        XCTAssertNil(SnippetEditor.apply(.removeStatements(containing: "gather("), to: main))
    }
}
