# sleep(0) yields exactly once: three tasks interleave round-robin, and no time passes.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def spinner(name, rounds):
    for i in range(rounds):
        say(f"{name} {i}")
        await asyncio.sleep(0)
    say(f"{name} done")


async def main():
    tasks = [asyncio.create_task(spinner(name, rounds)) for name, rounds in (("A", 3), ("B", 1), ("C", 2))]
    say("main created")
    await asyncio.sleep(0)
    say("main after one yield")
    for task in tasks:
        await task
    say("main done")


asyncio.run(main())
