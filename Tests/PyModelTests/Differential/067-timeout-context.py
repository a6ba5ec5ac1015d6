# asyncio.timeout(): the block is cancelled at the deadline and TimeoutError raised at the async with
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5):
            print("sleeping 1")
            await asyncio.sleep(1)
            print("sleeping 1 more")
            await asyncio.sleep(1)
            print("not printed")
    except TimeoutError:
        print("timed out at", loop.time())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
    print("in time", cm.expired(), loop.time())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.5)
        try:
            await asyncio.sleep(3)
        except asyncio.CancelledError:
            print("cancelled inside, re-raising")
            raise
asyncio.run(main())
