# wait_for: a result in time; a timeout that cancels the inner task and raises TimeoutError; timeout 0.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        say(f"{name} cancelled")
        raise
    say(f"{name} done")
    return name


async def main():
    result = await asyncio.wait_for(work("quick", 1), timeout=2)
    say(f"got {result}")
    try:
        await asyncio.wait_for(work("slow", 5), timeout=2)
    except asyncio.TimeoutError as error:
        say(f"timed out {error!r}")
    try:
        await asyncio.wait_for(work("instant", 1), timeout=0)
    except asyncio.TimeoutError as error:
        say(f"timeout 0 {error!r}")
    result = await asyncio.wait_for(work("unbounded", 1), timeout=None)
    say(f"got {result}")


asyncio.run(main())
