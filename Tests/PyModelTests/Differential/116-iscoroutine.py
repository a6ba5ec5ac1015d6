# coroutine objects vs functions: iscoroutine, iscoroutinefunction, calling without await runs nothing
import asyncio
import inspect
async def work():
    print("work ran")
    return 5
def plain():
    return 5
async def main():
    c = work()
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(work), asyncio.iscoroutinefunction(plain))
    print(type(c).__name__, inspect.iscoroutine(c), asyncio.iscoroutine(plain()))
    print(await c)
    t = asyncio.create_task(work())
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task), asyncio.isfuture(t), await t)
asyncio.run(main())
