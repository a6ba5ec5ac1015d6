# gather wraps coroutines in tasks in argument order; they start in that order; results in argument order
import asyncio
async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return name.upper()
async def main():
    results = await asyncio.gather(job("a", 3), job("b", 1), job("c", 2))
    print(results, asyncio.get_running_loop().time())
asyncio.run(main())
