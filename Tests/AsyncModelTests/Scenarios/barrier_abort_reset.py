# Barrier.abort breaks the waiting parties with BrokenBarrierError; after reset it fills again.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def party(barrier, name):
    try:
        index = await barrier.wait()
        say(f"{name} passes {index}")
    except asyncio.BrokenBarrierError as error:
        say(f"{name} broken: {error}")


async def main():
    barrier = asyncio.Barrier(3)
    waiting = [asyncio.create_task(party(barrier, n)) for n in "AB"]
    await asyncio.sleep(1)
    say(f"waiting {barrier.n_waiting}")
    await barrier.abort()
    await asyncio.gather(*waiting)
    say(f"broken {barrier.broken}")
    await barrier.reset()
    say(f"after reset broken {barrier.broken}")
    await asyncio.gather(*(party(barrier, n) for n in "XYZ"))


asyncio.run(main())
