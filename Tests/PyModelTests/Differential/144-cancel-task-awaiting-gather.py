# cancelling a task that awaits gather cancels the gather and, through it, every child
import asyncio
async def child(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print("child cancelled", n, asyncio.get_running_loop().time())
        raise
async def parent():
    try:
        await asyncio.gather(child(3), child(4))
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise
async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(1)
    t.cancel()
    results = await asyncio.gather(t, return_exceptions=True)
    print(type(results[0]).__name__, t.cancelled())
asyncio.run(main())
