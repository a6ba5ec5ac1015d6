# Cancelling a task while it waits inside wait_for, wait, or a TaskGroup body.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def inner(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        say(f"{name} cancelled")
        raise
    say(f"{name} finished")


async def in_wait_for():
    await asyncio.wait_for(inner("wait_for inner", 5), timeout=10)


async def in_wait(task):
    await asyncio.wait([task])


async def in_group():
    async with asyncio.TaskGroup() as group:
        group.create_task(inner("group child", 5))
        await inner("group body", 5)


async def main():
    watched = asyncio.create_task(inner("watched", 2))
    tasks = [asyncio.create_task(in_wait_for()), asyncio.create_task(in_wait(watched)), asyncio.create_task(in_group())]
    await asyncio.sleep(1)
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    say(f"results {[type(r).__name__ for r in results]}")
    await watched
    say("main done")


asyncio.run(main())
