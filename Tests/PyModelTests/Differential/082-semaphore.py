# Semaphore(2): at most two holders at a time; six 1-second jobs take 3 seconds
import asyncio
import time
async def job(sem, n):
    async with sem:
        print("start", n, time.monotonic())
        await asyncio.sleep(1)
async def main():
    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    await asyncio.gather(*(job(sem, n) for n in range(6)))
    print(f"took {time.perf_counter() - t0:.2f}s", sem.locked())
asyncio.run(main())
