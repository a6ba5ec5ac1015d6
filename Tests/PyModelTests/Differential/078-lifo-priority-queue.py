# LifoQueue returns the newest item first; PriorityQueue the smallest
import asyncio
async def main():
    lifo = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for item in (3, 1, 2):
        await lifo.put(item)
        await pq.put((item, f"task{item}"))
    print([await lifo.get() for _ in range(3)])
    print([await pq.get() for _ in range(3)])
asyncio.run(main())
