# Queue(maxsize=2): the producer blocks when full; consumer and producer interleave in virtual time
import asyncio
async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, asyncio.get_running_loop().time())
    await q.put(None)
async def consumer(q):
    while (item := await q.get()) is not None:
        print("got", item, q.qsize())
        await asyncio.sleep(1)
async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    print("done", q.empty(), q.full(), q.maxsize)
asyncio.run(main())
