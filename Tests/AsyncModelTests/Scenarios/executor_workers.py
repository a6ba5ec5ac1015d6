# The default executor runs at most min(32, cpu_count + 4) jobs at once: 6 on the 2-CPU machine the
# expectations are recorded on, so eight 1-second jobs take two rounds; asyncio.run's shutdown waits for a
# worker job nobody awaited.
import asyncio
import time


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


def work(seconds):
    time.sleep(seconds)
    return seconds


async def main():
    results = await asyncio.gather(*(asyncio.to_thread(work, 1) for _ in range(8)))
    say(f"eight jobs done {len(results)}")
    asyncio.get_running_loop().run_in_executor(None, work, 3)
    say("main returns")


asyncio.run(main())
