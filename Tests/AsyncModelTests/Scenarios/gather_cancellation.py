# Cancelling a gather cancels its children; a cancelled child makes gather raise CancelledError.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as error:
        say(f"{name} cancelled {error!r}")
        raise
    say(f"{name} end")
    return name


async def main():
    outer = asyncio.gather(child("A", 2), child("B", 3))
    await asyncio.sleep(1)
    say(f"cancel outer {outer.cancel('stop')}")
    try:
        await outer
    except asyncio.CancelledError as error:
        say(f"outer raised {error!r}")
    inner = asyncio.create_task(child("C", 5))
    other = asyncio.create_task(child("D", 1))
    both = asyncio.gather(inner, other)
    await asyncio.sleep(0.5)
    inner.cancel()
    try:
        await both
    except asyncio.CancelledError as error:
        say(f"both raised {error!r}, other done {other.done()}")
    await asyncio.sleep(1)
    say(f"other done {other.done()}")


asyncio.run(main())
