# run_in_executor(None, ...) with functools.partial for keyword arguments
import asyncio
import functools
import time

def compute(x, *, scale=1):
    time.sleep(0.5)
    return x * scale

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    futs = [loop.run_in_executor(None, functools.partial(compute, i, scale=10)) for i in range(3)]
    print(type(futs[0]).__name__)
    print(await asyncio.gather(*futs))
    print(f"{time.perf_counter() - t0:.2f}s")

asyncio.run(main())
