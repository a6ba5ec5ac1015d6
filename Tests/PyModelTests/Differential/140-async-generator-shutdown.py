# an async generator left suspended when main returns is closed by asyncio.run's shutdown_asyncgens
import asyncio
async def stream():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(1)
    finally:
        print("stream closed at", asyncio.get_running_loop().time())
async def main():
    s = stream()
    async for value in s:
        print("value", value)
        if value == 2:
            break
    print("main returns without aclose")
asyncio.run(main())
print("after run")
