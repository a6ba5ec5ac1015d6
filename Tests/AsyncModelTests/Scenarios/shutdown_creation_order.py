# Our rule where CPython iterates a set: asyncio.run's shutdown cancels the pending tasks in creation
# order (the project's recorder, tools/golden/record.py, applies the same rule to CPython).
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        say(f"{name} cancelled")
        raise


async def main():
    for name in ["first", "second", "third"]:
        asyncio.create_task(sleeper(name))
    await asyncio.sleep(1)


asyncio.run(main())
