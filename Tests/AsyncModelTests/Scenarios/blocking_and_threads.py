# time.sleep in a coroutine holds the loop; to_thread and run_in_executor work runs while the loop runs on.
import asyncio
import time


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def ticker():
    for i in range(3):
        say(f"tick {i}")
        await asyncio.sleep(0.5)


def blocking_work(seconds):
    time.sleep(seconds)
    return seconds


async def main():
    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    time.sleep(1)
    say("main blocked 1 s")
    await ticking
    results = await asyncio.gather(asyncio.to_thread(blocking_work, 2), asyncio.to_thread(blocking_work, 1))
    say(f"threads {results}")
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking_work, 0.5)
    say(f"executor {result}")


asyncio.run(main())
