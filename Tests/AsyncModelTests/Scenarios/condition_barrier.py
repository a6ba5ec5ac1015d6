# Condition.notify wakes waiters one at a time in FIFO order; a Barrier releases its parties together.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def cond_waiter(cond, name):
    async with cond:
        await cond.wait()
        say(f"{name} woken")


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    say(f"{name} arrives")
    index = await barrier.wait()
    say(f"{name} passes index {index}")


async def main():
    cond = asyncio.Condition()
    waiters = [asyncio.create_task(cond_waiter(cond, n)) for n in "ABC"]
    await asyncio.sleep(1)
    async with cond:
        cond.notify()
        say("notified one")
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
        say("notified all")
    await asyncio.gather(*waiters)
    barrier = asyncio.Barrier(3)
    await asyncio.gather(party(barrier, "P", 1), party(barrier, "Q", 3), party(barrier, "R", 2))
    say(f"barrier waiting {barrier.n_waiting}")


asyncio.run(main())
