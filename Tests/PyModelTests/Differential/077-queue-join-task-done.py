# Queue.join waits until task_done was called for every item; workers left waiting are cancelled
import asyncio
async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "processed", item, asyncio.get_running_loop().time())
        q.task_done()
async def main():
    q = asyncio.Queue()
    for d in (3, 1, 2, 1):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all processed", asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))
asyncio.run(main())
