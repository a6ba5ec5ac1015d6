# asyncio.wait(FIRST_EXCEPTION) returns at the first failure; wait itself never raises it
import asyncio
async def ok(n):
    await asyncio.sleep(n)
    return n
async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"failed after {n}")
async def main():
    tasks = [asyncio.create_task(ok(1)), asyncio.create_task(fail(2)), asyncio.create_task(ok(5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    for t in tasks:
        if t.done():
            print("done:", t.exception() if t.exception() else t.result())
    for t in pending:
        t.cancel()
asyncio.run(main())
