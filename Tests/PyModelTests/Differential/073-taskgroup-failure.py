# a failing TaskGroup child cancels its siblings; the group raises an ExceptionGroup handled with except*
import asyncio
async def worker(n):
    try:
        await asyncio.sleep(n)
        print("worker finished", n)
    except asyncio.CancelledError:
        print("worker cancelled", n, asyncio.get_running_loop().time())
        raise
async def failing():
    await asyncio.sleep(1.5)
    raise ValueError("boom")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1))
            tg.create_task(failing())
            tg.create_task(worker(5))
    except* ValueError as eg:
        print("caught", eg, [str(e) for e in eg.exceptions])
asyncio.run(main())
