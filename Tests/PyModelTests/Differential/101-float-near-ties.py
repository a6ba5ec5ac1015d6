# deadlines on the nanosecond grid: sleep(0.1 + 0.2) ties with sleep(0.3) and they fire in scheduling order
import asyncio
async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, asyncio.get_running_loop().time())
async def main():
    await asyncio.gather(sleeper("sum", 0.1 + 0.2), sleeper("literal", 0.3), sleeper("sum-again", 0.1 + 0.2))
    await asyncio.gather(sleeper("third", 1 / 3), sleeper("third-literal", 0.333333333))
asyncio.run(main())
