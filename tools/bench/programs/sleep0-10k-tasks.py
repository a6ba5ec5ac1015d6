# 10,000 tasks, each awaiting asyncio.sleep(0) 100 times: 1,000,000 task steps.
import asyncio


async def spin(rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(spin(100) for _ in range(10_000)))
    print("done")


asyncio.run(main())
