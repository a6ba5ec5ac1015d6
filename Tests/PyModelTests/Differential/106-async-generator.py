# async generators: async for, sleeps between items, interleaving with another task
import asyncio
async def ticks(n):
    for i in range(n):
        await asyncio.sleep(1)
        yield i
async def other():
    for _ in range(2):
        await asyncio.sleep(1.5)
        print("other at", asyncio.get_running_loop().time())
async def main():
    t = asyncio.create_task(other())
    async for i in ticks(4):
        print("tick", i, asyncio.get_running_loop().time())
    await t
    agen = ticks(1)
    print(type(agen).__name__, await agen.__anext__())
asyncio.run(main())
