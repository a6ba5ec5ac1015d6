# a worker cancelled while it waits in queue.get(), then awaited: the CancelledError's traceback at top level
import asyncio
async def worker(q):
    while True:
        item = await q.get()
        print("got", item)
        q.task_done()
async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    t = asyncio.create_task(worker(q))
    await q.join()
    t.cancel()
    await t
asyncio.run(main())
