# TaskGroup: waits for all its tasks; one failure cancels the siblings and the body, and the errors come
# out as an ExceptionGroup.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        say(f"{name} cancelled")
        raise
    if fail:
        say(f"{name} fails")
        raise ValueError(name)
    say(f"{name} done")
    return name


async def main():
    async with asyncio.TaskGroup() as group:
        a = group.create_task(job("a", 1))
        b = group.create_task(job("b", 2), name="bee")
        say(f"body done {b.get_name()}")
    say(f"group done {a.result()} {b.result()}")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(job("c", 3))
            group.create_task(job("d", 1, fail=True))
            await asyncio.sleep(5)
            say("never")
    except* ValueError as group_error:
        say(f"caught {group_error!r}")


asyncio.run(main())
