# A pending task that swallows the shutdown's cancellation keeps running: asyncio.run waits for it.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def stubborn():
    say("stubborn start")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        say("stubborn caught the cancellation")
    await asyncio.sleep(1)
    say("stubborn end")


async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    say("main returns")


asyncio.run(main())
