# loop.create_task, asyncio.Future() in a running loop, ensure_future of a coroutine and of a future
import asyncio
async def work(x):
    await asyncio.sleep(x)
    return x + 1
async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(work(1))
    f = asyncio.Future()
    loop.call_later(0.5, f.set_result, "direct future")
    e = asyncio.ensure_future(work(2))
    print(type(t).__name__, type(e).__name__, asyncio.ensure_future(f) is f, f.get_loop() is loop)
    print(await f, await t, await e, loop.time())
asyncio.run(main())
