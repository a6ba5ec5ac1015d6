# break out of `async for` over a fresh async generator, then main returns: the generator is finalised when the
# loop drops it, its aclose() task is cancelled by asyncio.run's shutdown before it starts, so the finally sees
# CancelledError after "after loop"
import asyncio
async def pages(n):
    try:
        for p in range(1, n + 1):
            await asyncio.sleep(0.5)
            yield p
    except BaseException as e:
        print("pages saw", type(e).__name__)
        raise
    finally:
        t = asyncio.current_task()
        print("pages closed at", asyncio.get_running_loop().time(), "in", t.get_name() if t else None)
async def main():
    async for p in pages(10):
        print("page", p)
        if p == 2:
            break
    print("after loop")
asyncio.run(main())
print("after run")
