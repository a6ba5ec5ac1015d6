# asyncio.timeout around a TaskGroup: at the deadline the children are cancelled and TimeoutError raised
import asyncio
async def job(n):
    try:
        await asyncio.sleep(n)
        print("job done", n)
    except asyncio.CancelledError:
        print("job cancelled", n)
        raise
async def main():
    try:
        async with asyncio.timeout(2):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job(1))
                tg.create_task(job(5))
    except TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
asyncio.run(main())
