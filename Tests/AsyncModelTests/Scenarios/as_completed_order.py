# as_completed yields results in completion order; its timeout raises TimeoutError for the rest.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    for next_done in asyncio.as_completed([job("slow", 3), job("fast", 1), job("mid", 2)]):
        say(f"got {await next_done}")
    try:
        for next_done in asyncio.as_completed([job("one", 1), job("late", 5)], timeout=2):
            say(f"got {await next_done}")
    except asyncio.TimeoutError:
        say("as_completed timed out")


asyncio.run(main())
