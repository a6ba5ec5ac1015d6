# gather(return_exceptions=True) with a cancelled child: the CancelledError becomes a result, gather succeeds
import asyncio
async def child(n):
    await asyncio.sleep(n)
    return n
async def main():
    victim = asyncio.create_task(child(5))
    g = asyncio.gather(child(1), victim, child(2), return_exceptions=True)
    await asyncio.sleep(0.5)
    victim.cancel()
    results = await g
    print([type(r).__name__ for r in results], results[0], results[2], asyncio.get_running_loop().time())
asyncio.run(main())
