# Queue with maxsize: put waits while full, get waits while empty, join waits for task_done;
# LifoQueue and PriorityQueue orders.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def producer(queue):
    for i in range(4):
        await queue.put(i)
        say(f"put {i} size {queue.qsize()}")
    await queue.put(None)


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        say(f"got {item}")
        await asyncio.sleep(1)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    asyncio.create_task(producer(queue))
    asyncio.create_task(consumer(queue))
    await asyncio.sleep(0)
    await queue.join()
    say("joined")
    lifo = asyncio.LifoQueue()
    priority = asyncio.PriorityQueue()
    for item in (3, 1, 2):
        lifo.put_nowait(item)
        priority.put_nowait(item)
    say(f"lifo {[lifo.get_nowait() for _ in range(3)]} priority {[priority.get_nowait() for _ in range(3)]}")
    empty = asyncio.Queue()
    getter = asyncio.create_task(empty.get())
    await asyncio.sleep(1)
    getter.cancel()
    await asyncio.sleep(0)
    say(f"getter cancelled {getter.cancelled()}")
    try:
        empty.get_nowait()
    except asyncio.QueueEmpty:
        say("QueueEmpty")


asyncio.run(main())
