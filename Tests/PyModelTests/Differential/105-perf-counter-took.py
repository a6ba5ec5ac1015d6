# timing prints with perf_counter and monotonic read the virtual clock: "took 2.00s" for concurrent sleeps
import asyncio
import time
async def main():
    start = time.perf_counter()
    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    elapsed = time.perf_counter() - start
    print(f"took {elapsed:.2f}s", f"{time.monotonic():.3f}", time.time() - 1700000000)
    t0 = time.time()
    await asyncio.sleep(0.5)
    print(f"{time.time() - t0:.1f} seconds", round(time.perf_counter(), 6))
asyncio.run(main())
