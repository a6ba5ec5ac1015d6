# as_completed yields results in completion order, not argument order
import asyncio
async def job(name, d):
    await asyncio.sleep(d)
    return name
async def main():
    coros = [job("slow", 3), job("fast", 1), job("mid", 2)]
    for fut in asyncio.as_completed(coros):
        r = await fut
        print(r, asyncio.get_running_loop().time())
asyncio.run(main())
