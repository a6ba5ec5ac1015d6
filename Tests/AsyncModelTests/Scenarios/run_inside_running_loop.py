# asyncio.run inside a running loop raises RuntimeError; an exception nobody retrieves is reported at close.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def inner():
    return 1


async def fails():
    raise ValueError("lost")


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as error:
        say(f"RuntimeError: {error}")
    await coro
    asyncio.create_task(fails())
    await asyncio.sleep(1)
    say("main done")


asyncio.run(main())
print("after run")
