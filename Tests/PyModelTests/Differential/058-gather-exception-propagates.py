# without return_exceptions the first exception propagates at once; the other children keep running
import asyncio
async def slow(name, delay):
    await asyncio.sleep(delay)
    print("finished", name, asyncio.get_running_loop().time())
async def bad():
    await asyncio.sleep(1)
    raise RuntimeError("bad child")
async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.gather(slow("a", 2), bad(), slow("b", 3))
    except RuntimeError as e:
        print("caught", e, loop.time())
    await asyncio.sleep(5)
    print("main end", loop.time())
asyncio.run(main())
