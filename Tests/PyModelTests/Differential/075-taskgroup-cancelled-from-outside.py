# cancelling the task that runs a TaskGroup cancels the group's children; CancelledError propagates
import asyncio
async def child(n):
    try:
        await asyncio.sleep(n)
    finally:
        print("child exits", n, asyncio.get_running_loop().time())
async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(5))
        tg.create_task(child(6))
async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled", t.cancelled())
asyncio.run(main())
