# gather returns a Future (not a coroutine) and schedules its children right away
import asyncio
async def child():
    print("child runs")
    return 1
async def main():
    g = asyncio.gather(child(), child())
    print(isinstance(g, asyncio.Future), asyncio.iscoroutine(g), type(g).__name__)
    print("before await", g.done())
    print(await g, g.done(), g.result())
    empty = await asyncio.gather()
    print(empty)
asyncio.run(main())
