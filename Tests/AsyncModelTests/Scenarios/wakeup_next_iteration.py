# A task waiting on a future resumes one loop iteration after set_result, never inline.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def ticker():
    for i in range(4):
        say(f"tick {i}")
        await asyncio.sleep(0)


async def waiter(fut):
    say("waiter waits")
    value = await fut
    say(f"waiter got {value}")


async def main():
    fut = asyncio.get_running_loop().create_future()
    waiting = asyncio.create_task(waiter(fut))
    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    fut.set_result(7)
    say("main set result")
    await asyncio.sleep(0)
    say("main after one yield")
    await ticking
    await waiting
    say("main done")


asyncio.run(main())
