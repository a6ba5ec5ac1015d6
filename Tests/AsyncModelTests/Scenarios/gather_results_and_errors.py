# gather: children become tasks in argument order, results come back in argument order, the first error
# propagates at once while the other children run on, and return_exceptions collects errors instead.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def child(name, delay, fail=False):
    say(f"{name} start {asyncio.current_task().get_name()}")
    await asyncio.sleep(delay)
    if fail:
        say(f"{name} fails")
        raise ValueError(name)
    say(f"{name} end")
    return name


async def main():
    results = await asyncio.gather(child("A", 3), child("B", 1), child("C", 2))
    say(f"results {results}")
    try:
        await asyncio.gather(child("D", 2), child("E", 1, fail=True))
    except ValueError as error:
        say(f"gather raised {error!r}")
    await asyncio.sleep(2)
    mixed = await asyncio.gather(child("F", 1, fail=True), child("G", 2), return_exceptions=True)
    say(f"mixed {mixed!r}")


asyncio.run(main())
