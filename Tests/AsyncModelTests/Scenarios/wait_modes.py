# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(task.get_name() for task in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 1), ("b", 2), ("c", 3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    say(f"first completed {names(done)} pending {names(pending)}")
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    say(f"timeout {names(done)} pending {names(pending)}")
    done, pending = await asyncio.wait(tasks)
    say(f"all {names(done)} pending {names(pending)}")
    more = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in (("x", 1, False), ("y", 2, True), ("z", 3, False))]
    done, pending = await asyncio.wait(more, return_when=asyncio.FIRST_EXCEPTION)
    say(f"first exception {names(done)} pending {names(pending)}")
    await asyncio.wait(more)
    say(f"y exception {more[1].exception()!r}")


asyncio.run(main())
