# asyncio.run returns the coroutine's value; prints before, inside and after; one loop of 1 s
import asyncio
async def main():
    print("inside main")
    await asyncio.sleep(1)
    print("after sleep")
    return 42
print("before run")
result = asyncio.run(main())
print("result", result)
