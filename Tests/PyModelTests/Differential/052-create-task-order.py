# create_task does not run the coroutine until the creator yields; tasks start in creation order
import asyncio
async def worker(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)
async def main():
    t1 = asyncio.create_task(worker("a"))
    t2 = asyncio.create_task(worker("b"))
    print("tasks created")
    await asyncio.sleep(0)
    print("main resumed")
    await t1
    await t2
    print("all done")
asyncio.run(main())
