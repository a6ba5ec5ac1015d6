# asyncio.timeout: the block is cancelled at the deadline and TimeoutError comes out; a block that ends
# in time is untouched; reschedule moves the deadline.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def main():
    try:
        async with asyncio.timeout(1) as cm:
            say("inside")
            await asyncio.sleep(5)
            say("never")
    except TimeoutError as error:
        say(f"timed out {error!r} expired {cm.expired()}")
    async with asyncio.timeout(3) as cm:
        await asyncio.sleep(1)
    say(f"in time expired {cm.expired()}")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 10) as cm:
            cm.reschedule(loop.time() + 0.5)
            await asyncio.sleep(2)
    except TimeoutError:
        say("rescheduled timeout fired")


asyncio.run(main())
