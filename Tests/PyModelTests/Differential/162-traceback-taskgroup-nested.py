# a TaskGroup whose children fail at different depths: the exception group's boxed traceback
import asyncio
async def leaf(n):
    await asyncio.sleep(n)
    raise ValueError(f"leaf {n} failed")
async def branch(n):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(n))
        tg.create_task(leaf(n + 0.5))
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(branch(1))
        tg.create_task(leaf(3))
asyncio.run(main())
