# A worker job that blocks twice: its prints land at the virtual times of its time.sleep calls while the
# loop keeps ticking; its exception comes out of the awaited to_thread.
import asyncio
import time

loop = None


def say(text):
    print(f"{loop.time():.3f} {text}")


def work():
    say("worker start")
    time.sleep(1)
    say("worker middle")
    time.sleep(1)
    say("worker raises")
    raise ValueError("worker failed")


async def ticker():
    await asyncio.sleep(0.25)
    for i in range(4):
        say(f"tick {i}")
        await asyncio.sleep(0.5)


async def main():
    global loop
    loop = asyncio.get_running_loop()
    ticking = asyncio.create_task(ticker())
    try:
        await asyncio.to_thread(work)
    except ValueError as error:
        say(f"caught {error!r}")
    await ticking


asyncio.run(main())
