# Semaphore(1) hands over in FIFO order: each waiter acquires when the previous holder releases
import asyncio
async def user(sem, name, hold):
    print(name, "waiting", asyncio.get_running_loop().time())
    async with sem:
        print(name, "acquired", asyncio.get_running_loop().time())
        await asyncio.sleep(hold)
async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(user(sem, "x", 2), user(sem, "y", 1), user(sem, "z", 0.5))
asyncio.run(main())
