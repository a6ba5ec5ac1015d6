# BoundedSemaphore raises ValueError when released more than acquired; plain Semaphore does not
import asyncio
async def main():
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    print("plain semaphore value grew", s.locked())
    await s.acquire()
    await s.acquire()
    print(s.locked())
asyncio.run(main())
