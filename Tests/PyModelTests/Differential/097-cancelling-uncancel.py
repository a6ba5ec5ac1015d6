# Task.cancelling() counts pending cancel requests; uncancel() decrements it (3.11)
import asyncio
async def stubborn():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("cancelling:", task.cancelling())
        print("uncancel ->", task.uncancel(), task.cancelling())
    await asyncio.sleep(1)
    return "survived"
async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    t.cancel()
    t.cancel()
    print(await t, t.cancelled(), asyncio.get_running_loop().time())
asyncio.run(main())
