# loop.run_in_executor(None, ...) returns a future; the worker's time.sleep overlaps with asyncio.sleep
import asyncio
import time
def crunch(label, seconds):
    time.sleep(seconds)
    return f"{label} after {seconds}"
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, crunch, "job", 2)
    print(isinstance(fut, asyncio.Future), fut.done())
    await asyncio.sleep(1)
    print("loop still free at", loop.time())
    print(await fut, loop.time())
asyncio.run(main())
