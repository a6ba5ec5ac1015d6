# TaskGroup waits for all its tasks at the end of the async with; results read from the tasks
import asyncio
async def job(n):
    print("start", n)
    await asyncio.sleep(n)
    print("end", n)
    return n * 10
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(2))
        t2 = tg.create_task(job(1))
        print("tasks created")
    print("group done", t1.result(), t2.result(), asyncio.get_running_loop().time())
asyncio.run(main())
