# to_thread: time.sleep in the worker does not block the loop; the ticker keeps running meanwhile
import asyncio
import time
def blocking_io(n):
    print("worker start", n, time.monotonic())
    time.sleep(n)
    print("worker end", n, time.monotonic())
    return n * 10
async def ticker():
    for i in range(4):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.75)
async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.gather(asyncio.to_thread(blocking_io, 1), asyncio.to_thread(blocking_io, 2)))
    await t
    print("total", time.monotonic())
asyncio.run(main())
