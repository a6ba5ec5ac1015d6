# time.sleep in a coroutine blocks the loop: the other task cannot run; the times add up (3 s)
import asyncio
import time
async def blocker(name, d):
    print(name, "start", time.monotonic())
    time.sleep(d)
    print(name, "end", time.monotonic())
async def main():
    t0 = time.perf_counter()
    await asyncio.gather(blocker("a", 1), blocker("b", 2))
    print(f"took {time.perf_counter() - t0:.2f}s")
asyncio.run(main())
