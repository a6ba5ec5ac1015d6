# twelve tasks sleeping the same 1 s wake in the order they were scheduled
import asyncio
async def sleeper(i):
    await asyncio.sleep(1)
    print(i, end=" ")
async def main():
    await asyncio.gather(*(sleeper(i) for i in range(12)))
    print()
asyncio.run(main())
