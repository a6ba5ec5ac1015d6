# leaving async for early: the generator is closed (aclose) and its finally block runs
import asyncio
async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("generator cleanup")
async def main():
    gen = numbers()
    async for n in gen:
        print("n", n)
        if n == 2:
            break
    await gen.aclose()
    print("after loop")
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
asyncio.run(main())
