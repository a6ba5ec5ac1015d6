# create_task, then a direct await of another coroutine: the task's first step waits until main suspends.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def worker(name, delay):
    say(f"{name} start")
    await asyncio.sleep(delay)
    say(f"{name} end")
    return name


async def direct():
    say("direct start")
    await asyncio.sleep(1)
    say("direct end")


async def main():
    say("main start")
    task = asyncio.create_task(worker("A", 2))
    await direct()
    say("main after direct")
    result = await task
    say(f"main got {result}")


asyncio.run(main())
