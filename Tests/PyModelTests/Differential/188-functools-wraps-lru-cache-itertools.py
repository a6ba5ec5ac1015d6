# functools (lru_cache, partial, reduce, wraps) and itertools (chain, islice, groupby, count) helpers
import asyncio
import functools
import itertools

def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        loop = asyncio.get_running_loop()
        t = loop.time()
        r = await fn(*args, **kwargs)
        print(f"{fn.__name__} took {loop.time() - t:.2f}s")
        return r
    return wrapper

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@timed
async def slow_sum(xs, delay=0.5):
    """Sum slowly."""
    await asyncio.sleep(delay)
    return functools.reduce(lambda a, b: a + b, xs, 0)

async def main():
    print(await slow_sum([fib(i) for i in range(10)]), slow_sum.__name__, slow_sum.__doc__)
    print(fib.cache_info())
    print(list(itertools.chain([1], (2, 3))), list(itertools.islice(itertools.count(10, 5), 3)))
    for k, g in itertools.groupby(sorted("aabbbc")):
        print(k, len(list(g)), end="; ")
    print()
    print(list(itertools.product("ab", repeat=2)), list(itertools.accumulate([1, 2, 3])))

asyncio.run(main())
