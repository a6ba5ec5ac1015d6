# cancelling the awaiter of to_thread does not stop the worker thread: it finishes its sleep anyway
import asyncio
import time
def work():
    time.sleep(2)
    print("worker finished at", time.monotonic())
async def main():
    t = asyncio.create_task(asyncio.to_thread(work))
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter cancelled at", time.monotonic())
    await asyncio.sleep(3)
    print("main end", time.monotonic())
asyncio.run(main())
