# wait_for times out with TimeoutError and cancels the inner coroutine (its handler runs first)
import asyncio
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled at", asyncio.get_running_loop().time())
        raise
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=2)
    except TimeoutError as e:
        print("timed out", type(e).__name__, e is not None, asyncio.get_running_loop().time())
    print(asyncio.TimeoutError is TimeoutError)
asyncio.run(main())
