# aclose() runs the finally at once in the caller's task, awaits inside finally included; aclose() again,
# or on a finished or never-started generator, does nothing; anext() after aclose() raises StopAsyncIteration
import asyncio
async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup starts at", asyncio.get_running_loop().time(), "in", asyncio.current_task().get_name())
        await asyncio.sleep(0.25)
        print("cleanup done at", asyncio.get_running_loop().time())
async def main():
    g = numbers()
    print("first", await anext(g))
    await g.aclose()
    print("closed at", asyncio.get_running_loop().time())
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("anext after aclose: StopAsyncIteration")
    fresh = numbers()
    await fresh.aclose()
    print("never started: no cleanup")
    async for n in numbers():
        print("n", n)
    print("exhausted, done at", asyncio.get_running_loop().time())
asyncio.run(main())
