# a Future resolved by call_later, awaited by two tasks; add_done_callback sees the result
import asyncio

async def waiter(fut, name):
    value = await fut
    print(f"{name} got {value!r}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback:", f.result()))
    loop.call_later(1.5, fut.set_result, {"status": 200})
    await asyncio.gather(waiter(fut, "first"), waiter(fut, "second"))
    print(fut.done(), fut.result()["status"], loop.time())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
