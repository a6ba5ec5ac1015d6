# docstrings of async defs, and a worker calling helpers with keywords that time.sleep
import asyncio
import functools
import time

async def f():
    """Doc of f."""
    await asyncio.sleep(0)

def g():
    "g doc"

def helper(n, *, label):
    time.sleep(n)
    print(f"{label} slept {n}", flush=True)
    return label

def job(n):
    print("job start", flush=True)
    r = helper(n, label="inner")
    print("job end", time.perf_counter(), flush=True)
    return r

async def tick():
    for i in range(3):
        print("tick", i, time.perf_counter())
        await asyncio.sleep(0.5)

async def main():
    print(f.__doc__, g.__doc__)
    print(await asyncio.gather(asyncio.to_thread(job, 1), tick()))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, functools.partial(helper, 0.5, label="p")))

asyncio.run(main())
