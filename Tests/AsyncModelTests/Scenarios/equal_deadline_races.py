# Equal deadlines between a timeout and the work it guards: the timer scheduled first fires first.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def work(name, delay):
    await asyncio.sleep(delay)
    say(f"{name} finished its sleep")
    return name


async def main():
    try:
        say(f"wait_for got {await asyncio.wait_for(work('wait_for', 1), timeout=1)}")
    except asyncio.TimeoutError:
        say("wait_for timed out")
    task = asyncio.create_task(work("task", 1))
    await asyncio.sleep(0)
    try:
        say(f"wait_for on a running task got {await asyncio.wait_for(task, timeout=1)}")
    except asyncio.TimeoutError:
        say("wait_for on a running task timed out")
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
            say("timeout block finished its sleep")
    except TimeoutError:
        say("timeout block timed out")
    other = asyncio.create_task(work("other", 1))
    done, pending = await asyncio.wait([other], timeout=1)
    say(f"wait: done {len(done)} pending {len(pending)}")
    await other


asyncio.run(main())
