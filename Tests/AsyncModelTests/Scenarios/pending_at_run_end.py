# Tasks left pending when main returns: a task created last still runs its first step before the
# shutdown cancels what is pending (only one task prints while cancelled: CPython cancels in set order).
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def sleeper(name):
    say(f"{name} start")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        say(f"{name} cancelled")
        raise
    finally:
        say(f"{name} finally")


async def quiet(name):
    say(f"{name} start")
    await asyncio.sleep(10)


async def main():
    asyncio.create_task(sleeper("A"))
    await asyncio.sleep(1)
    asyncio.create_task(quiet("B"))
    say("main returns")


asyncio.run(main())
