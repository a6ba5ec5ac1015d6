# a child of gather cancelled on its own makes the gather raise CancelledError; siblings go on
import asyncio
async def child(n):
    await asyncio.sleep(n)
    print("child done", n)
    return n
async def main():
    t = asyncio.create_task(child(2))
    g = asyncio.gather(child(1), t, child(3))
    await asyncio.sleep(1.5)
    t.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError", asyncio.get_running_loop().time())
    await asyncio.sleep(2)
asyncio.run(main())
