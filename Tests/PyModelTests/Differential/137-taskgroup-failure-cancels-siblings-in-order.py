# a TaskGroup child fails: every running sibling is cancelled (CPython iterates a set; here creation order)
import asyncio
async def sibling(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sibling cancelled", name)
        raise
async def failing():
    await asyncio.sleep(1)
    raise OSError("disk full")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for name in ("a", "b", "c"):
                tg.create_task(sibling(name))
            tg.create_task(failing())
    except* OSError as eg:
        print("group failed:", [str(e) for e in eg.exceptions], asyncio.get_running_loop().time())
asyncio.run(main())
