# gather of existing tasks and new coroutines: tasks keep their earlier start; coroutines start in order
import asyncio
async def job(name):
    print("run", name)
    await asyncio.sleep(1)
    return name
async def main():
    t = asyncio.create_task(job("task"))
    results = await asyncio.gather(job("coro1"), t, job("coro2"))
    print(results)
asyncio.run(main())
