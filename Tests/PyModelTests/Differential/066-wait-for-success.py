# wait_for returns the result when the awaitable finishes in time; timeout=None waits forever
import asyncio
async def compute(x, d):
    await asyncio.sleep(d)
    return x * 2
async def main():
    print(await asyncio.wait_for(compute(3, 1), timeout=5))
    print(await asyncio.wait_for(compute(4, 2), timeout=None))
    t = asyncio.create_task(compute(5, 0))
    await asyncio.sleep(0.1)
    print(await asyncio.wait_for(t, timeout=0.01), asyncio.get_running_loop().time())
asyncio.run(main())
