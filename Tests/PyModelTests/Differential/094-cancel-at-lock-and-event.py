# cancellation of tasks suspended in Lock.acquire and Event.wait; the lock passes to the next waiter
import asyncio
async def locker(lock, name):
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting", lock.locked())
        raise
async def main():
    lock, ev = asyncio.Lock(), asyncio.Event()
    a = asyncio.create_task(locker(lock, "a"))
    b = asyncio.create_task(locker(lock, "b"))
    c = asyncio.create_task(locker(lock, "c"))
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0.5)
    b.cancel()
    w.cancel()
    await asyncio.gather(a, b, c, w, return_exceptions=True)
    print(a.cancelled(), b.cancelled(), c.cancelled(), w.cancelled(), asyncio.get_running_loop().time())
asyncio.run(main())
