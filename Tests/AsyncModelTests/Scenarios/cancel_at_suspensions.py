# (A task spinning on sleep(0) keeps virtual time from advancing, so the spinner is cancelled at once.)
# Task.cancel delivers CancelledError at the suspension point: a sleep, a bare yield, an awaited future,
# an awaited task; before the first step the body never runs; cancelling()/uncancel() count requests.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def sleeper():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as error:
        say(f"sleeper cancelled {error!r} cancelling={asyncio.current_task().cancelling()}")
        raise


async def spinner():
    try:
        for _ in range(100):
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        say("spinner cancelled")
        raise


async def future_waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        say(f"future waiter cancelled, future cancelled {fut.cancelled()}")
        raise


async def never_started():
    say("never printed")


async def task_waiter(task):
    try:
        await task
    except asyncio.CancelledError:
        say(f"task waiter cancelled, awaited task cancelled {task.cancelled()}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(sleeper())
    b = asyncio.create_task(spinner())
    fut = loop.create_future()
    c = asyncio.create_task(future_waiter(fut))
    d = asyncio.create_task(never_started())
    inner = asyncio.create_task(asyncio.sleep(10))
    e = asyncio.create_task(task_waiter(inner))
    say(f"cancel d {d.cancel()}")
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(1)
    a.cancel("first")
    a.cancel("second")
    say(f"a cancelling {a.cancelling()}")
    c.cancel()
    e.cancel()
    for task in (a, b, c, d, e):
        try:
            await task
        except asyncio.CancelledError as error:
            say(f"{task.get_name()} cancelled={task.cancelled()} {error!r}")
    say(f"inner cancelled {inner.cancelled()}, a uncancel {a.uncancel()}")


asyncio.run(main())
