# call_soon runs in FIFO order on the next iteration; call_later/call_at by deadline, ties in scheduling
# order; a cancelled handle never runs.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, say, "later 1 first")
    loop.call_at(loop.time() + 1, say, "at 1 second")
    loop.call_later(0.5, say, "later 0.5")
    loop.call_soon(say, "soon 1")
    cancelled = loop.call_soon(say, "cancelled soon")
    loop.call_soon(say, "soon 2")
    cancelled.cancel()
    dropped = loop.call_later(0.7, say, "cancelled later")
    dropped.cancel()
    say("main scheduled")
    await asyncio.sleep(0)
    say("main after one yield")
    await asyncio.sleep(2)
    say("main done")


asyncio.run(main())
