# awaiting coroutines one after the other runs them sequentially: 1 s + 2 s = 3 s
import asyncio
import time
async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what, time.monotonic())
async def main():
    print("started")
    await say_after(1, "hello")
    await say_after(2, "world")
    print("finished")
asyncio.run(main())
