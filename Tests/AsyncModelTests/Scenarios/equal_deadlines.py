# Timers with equal deadlines fire in the order they were scheduled, float near-ties included.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def sleeper(i, delay):
    await asyncio.sleep(delay)
    say(f"sleeper {i}")


async def main():
    tasks = [asyncio.create_task(sleeper(i, 1)) for i in range(12)]
    tasks.append(asyncio.create_task(sleeper("0.1+0.2", 0.1 + 0.2)))
    tasks.append(asyncio.create_task(sleeper("0.3", 0.3)))
    await asyncio.gather(*tasks)
    say("all done")


asyncio.run(main())
