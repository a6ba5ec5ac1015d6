import asyncio
import time

async def async_sleep(n):
    print(f"Before sleeping... {n}")
    await asyncio.sleep(n)
    print(f"After sleeping {n}")

async def main():
    start = time.perf_counter()
    await asyncio.gather(async_sleep(2), async_sleep(5))
    print(f"Total time: {time.perf_counter() - start:.2f}")

asyncio.run(main())
