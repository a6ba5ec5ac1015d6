# a TaskGroup failure left uncaught: the program ends with the ExceptionGroup's line
import asyncio
async def bad(n):
    await asyncio.sleep(n)
    raise KeyError(f"k{n}")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        tg.create_task(bad(1))
    print("not reached")
asyncio.run(main())
