# two consumers sharing a queue with None sentinels; which consumer gets which item follows FIFO wake-ups
import asyncio
async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        await q.put(i)
    for _ in range(2):
        await q.put(None)
async def consumer(q, name):
    got = []
    while True:
        item = await q.get()
        if item is None:
            return name, got
        got.append(item)
        await asyncio.sleep(1)
async def main():
    q = asyncio.Queue()
    results = await asyncio.gather(producer(q, 6), consumer(q, "c1"), consumer(q, "c2"))
    print(results[1:], asyncio.get_running_loop().time())
asyncio.run(main())
