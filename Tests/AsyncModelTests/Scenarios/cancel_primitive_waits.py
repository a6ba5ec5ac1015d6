# Cancellation while waiting on each primitive: the cancelled waiter is skipped and the next one served.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def waiting(name, make):
    try:
        result = await make()
    except asyncio.CancelledError:
        say(f"{name} cancelled")
        raise
    say(f"{name} got {result}")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    semaphore = asyncio.Semaphore(0)
    event = asyncio.Event()
    condition = asyncio.Condition()
    queue = asyncio.Queue(maxsize=1)
    queue.put_nowait("full")
    barrier = asyncio.Barrier(2)

    async def condition_wait():
        async with condition:
            try:
                await condition.wait()
            finally:
                say(f"condition waiter holds the lock: {condition.locked()}")

    tasks = [
        asyncio.create_task(waiting("lock A", lock.acquire)),
        asyncio.create_task(waiting("lock B", lock.acquire)),
        asyncio.create_task(waiting("semaphore A", semaphore.acquire)),
        asyncio.create_task(waiting("semaphore B", semaphore.acquire)),
        asyncio.create_task(waiting("event", event.wait)),
        asyncio.create_task(waiting("condition", condition_wait)),
        asyncio.create_task(waiting("queue put", lambda: queue.put("more"))),
        asyncio.create_task(waiting("barrier", barrier.wait)),
    ]
    await asyncio.sleep(1)
    for index in (0, 2, 4, 5, 6, 7):
        tasks[index].cancel()
    lock.release()
    semaphore.release()
    await asyncio.sleep(1)
    say(f"lock locked {lock.locked()}, semaphore locked {semaphore.locked()}, condition locked {condition.locked()}")
    say(f"queue size {queue.qsize()}, barrier waiting {barrier.n_waiting}")
    results = await asyncio.gather(*tasks, return_exceptions=True)
    say(f"cancelled {[isinstance(r, asyncio.CancelledError) for r in results]}")


asyncio.run(main())
