# Lock: mutual exclusion in FIFO order; a free lock is acquired without suspending; locked()
import asyncio
lock = None
async def critical(name):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
    print(name, "released")
async def main():
    global lock
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
