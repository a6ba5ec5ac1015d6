# a consumer dispatches queue items with match; a None sentinel stops it; timing of the dispatch
import asyncio
from dataclasses import dataclass
@dataclass
class Job:
    name: str
    seconds: float
async def producer(queue):
    for item in [Job("a", 0.5), ("log", "hello"), Job("b", 1.0), {"cmd": "pause", "for": 0.25}, 42, None]:
        await queue.put(item)
        await asyncio.sleep(0.1)
async def consumer(queue):
    loop = asyncio.get_running_loop()
    while True:
        match await queue.get():
            case None:
                print(f"{loop.time():.2f} stop")
                return
            case Job(name, seconds):
                await asyncio.sleep(seconds)
                print(f"{loop.time():.2f} job {name} done")
            case ("log", message):
                print(f"{loop.time():.2f} log {message}")
            case {"cmd": "pause", "for": delay}:
                await asyncio.sleep(delay)
                print(f"{loop.time():.2f} paused {delay}")
            case other:
                print(f"{loop.time():.2f} unknown {other!r}")
async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))
asyncio.run(main())
