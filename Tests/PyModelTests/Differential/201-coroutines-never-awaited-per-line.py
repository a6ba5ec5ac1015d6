# forgetting await: user coroutines, methods, asyncio.sleep and Queue.put each warn once per line on stderr
import asyncio

class Worker:
    async def run(self, n):
        print("run", n)

async def greet(name):
    print("hello", name)

async def main():
    for name in ["a", "b"]:
        greet(name)
    Worker().run(1)
    asyncio.sleep(1)
    q = asyncio.Queue()
    q.put(1)
    print("queue size", q.qsize())
    coro = greet("kept")
    print("kept a reference:", type(coro).__name__)
    await coro
    await asyncio.sleep(0.5)
    print("done")

asyncio.run(main())
