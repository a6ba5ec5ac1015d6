# Future misuse: result of a pending future, set_result twice, result of a cancelled future
import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(fut.cancel(), fut.result())
    f2 = asyncio.get_running_loop().create_future()
    print(f2.cancel("stop"), f2.cancelled(), f2.cancel())
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("CancelledError:", e)
asyncio.run(main())
