# async comprehensions and await inside comprehensions
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield i
async def double(x):
    await asyncio.sleep(1)
    return x * 2
async def main():
    print([i async for i in agen(3)])
    print({i: i * i async for i in agen(3) if i})
    print([await double(x) for x in range(3)], asyncio.get_running_loop().time())
asyncio.run(main())
