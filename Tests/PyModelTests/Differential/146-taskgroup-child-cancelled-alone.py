# a TaskGroup child cancelled on its own is not an error: the group waits for the others and exits normally
import asyncio
async def job(n):
    await asyncio.sleep(n)
    print("job done", n)
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(1))
        b = tg.create_task(job(3))
        await asyncio.sleep(0.5)
        b.cancel()
    print("group exited", a.done(), b.cancelled(), asyncio.get_running_loop().time())
asyncio.run(main())
