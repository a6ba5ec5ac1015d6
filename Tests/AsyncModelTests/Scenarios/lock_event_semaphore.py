# Lock hands over in FIFO order, Event.set wakes every waiter, Semaphore(2) lets two in at a time.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def locker(lock, name):
    async with lock:
        say(f"{name} has the lock")
        await asyncio.sleep(1)
    say(f"{name} released")


async def event_waiter(event, name):
    await event.wait()
    say(f"{name} saw the event")


async def limited(semaphore, name):
    async with semaphore:
        say(f"{name} in")
        await asyncio.sleep(1)
    say(f"{name} out")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(locker(lock, n) for n in "ABC"))
    event = asyncio.Event()
    waiters = [asyncio.create_task(event_waiter(event, n)) for n in "XY"]
    await asyncio.sleep(1)
    event.set()
    say("event set")
    await asyncio.gather(*waiters)
    semaphore = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(semaphore, n) for n in "PQRS"))
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as error:
        say(f"bounded {error}")


asyncio.run(main())
