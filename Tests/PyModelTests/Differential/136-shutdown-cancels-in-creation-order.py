# asyncio.run cancels pending tasks at shutdown (CPython iterates a set; the recorder and model: creation order)
import asyncio
async def pending(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("cancelled", name, asyncio.get_running_loop().time())
        raise
async def main():
    for name in ("first", "second", "third", "fourth"):
        asyncio.create_task(pending(name))
    await asyncio.sleep(1)
    print("main done")
asyncio.run(main())
