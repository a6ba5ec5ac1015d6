# wait_for times out but the inner coroutine swallows the cancellation and returns: 3.11 returns its value
import asyncio
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner swallowed the cancel at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
        return "late value"
async def main():
    try:
        print("result:", await asyncio.wait_for(stubborn(), timeout=2))
    except TimeoutError:
        print("TimeoutError")
    print("end", asyncio.get_running_loop().time())
asyncio.run(main())
