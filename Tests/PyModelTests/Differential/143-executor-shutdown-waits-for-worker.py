# asyncio.run's shutdown waits for a still-sleeping executor worker: the loop's clock runs on to 2 s
import asyncio
import time
def work():
    time.sleep(2)
    print("worker finished", time.monotonic())
async def main():
    t = asyncio.create_task(asyncio.to_thread(work))
    await asyncio.sleep(0.5)
    t.cancel()
    print("main returns", time.monotonic())
asyncio.run(main())
print("after run", time.monotonic())
