# cancelling the gather future cancels every child that is still running
import asyncio
async def child(n):
    try:
        await asyncio.sleep(n)
        print("child done", n)
    except asyncio.CancelledError:
        print("child cancelled", n)
        raise
async def main():
    g = asyncio.gather(child(1), child(5), child(10))
    await asyncio.sleep(2)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
asyncio.run(main())
