# cancellation of a task suspended in Queue.get; the queue still works afterwards
import asyncio
async def getter(q):
    try:
        return await q.get()
    except asyncio.CancelledError:
        print("get cancelled")
        raise
async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(getter(q))
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), q.qsize())
    q.put_nowait("item")
    print(await getter(q))
asyncio.run(main())
