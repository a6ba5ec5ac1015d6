# cancellation delivered while suspended on a bare future, Semaphore.acquire, Condition.wait, Queue.put, Barrier.wait
import asyncio
async def guarded(name, awaitable_factory):
    try:
        await awaitable_factory()
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise
async def main():
    loop = asyncio.get_running_loop()
    sem, cond, barrier = asyncio.Semaphore(0), asyncio.Condition(), asyncio.Barrier(2)
    full = asyncio.Queue(maxsize=1)
    full.put_nowait("x")
    async def cond_wait():
        async with cond:
            await cond.wait()
    factories = {"future": loop.create_future, "semaphore": sem.acquire, "condition": cond_wait,
                 "queue.put": lambda: full.put("y"), "barrier": barrier.wait}
    tasks = [asyncio.create_task(guarded(n, f)) for n, f in factories.items()]
    await asyncio.sleep(1)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results], full.qsize(), barrier.n_waiting, cond.locked())
asyncio.run(main())
