# heapq as a scheduler of (time, name) pairs and bisect for a sorted insert
import asyncio
import heapq
import bisect

async def main():
    heap = []
    for when, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
        heapq.heappush(heap, (when, name))
    loop = asyncio.get_running_loop()
    start = loop.time()
    while heap:
        when, name = heapq.heappop(heap)
        await asyncio.sleep(max(0, when - (loop.time() - start)))
        print(f"{loop.time() - start:.1f} {name}")
    print(heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(1, [5, 1, 4]))
    xs = [1, 3, 5]
    bisect.insort(xs, 4)
    print(xs, bisect.bisect_left(xs, 3), bisect.bisect(xs, 3))

asyncio.run(main())
