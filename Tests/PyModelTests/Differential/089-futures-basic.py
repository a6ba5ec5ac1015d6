# a Future resolved from a callback: done(), result(), awaiting it; states printed at each step
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    loop.call_later(1, fut.set_result, "ready")
    print(await fut, fut.done(), fut.result(), fut.exception(), loop.time())
    f2 = loop.create_future()
    loop.call_soon(f2.set_exception, KeyError("nope"))
    try:
        await f2
    except KeyError as e:
        print("raised", repr(e), repr(f2.exception()))
asyncio.run(main())
