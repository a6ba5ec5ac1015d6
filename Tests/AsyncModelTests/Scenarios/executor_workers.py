# Six worker jobs run at once (the default executor has min(32, cpu_count + 4) = 6 workers on the 2-CPU
# machine the expectations are recorded on; more jobs than workers hang the virtual-clock oracle, so the
# queueing beyond six is checked against the realtime backend in ExecutorTests); asyncio.run's shutdown
# waits for a worker job nobody awaited.
import asyncio
import time


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


def work(seconds):
    time.sleep(seconds)
    return seconds


async def main():
    results = await asyncio.gather(*(asyncio.to_thread(work, 1) for _ in range(6)))
    say(f"six jobs done {len(results)}")
    asyncio.get_running_loop().run_in_executor(None, work, 3)
    say("main returns")


asyncio.run(main())
