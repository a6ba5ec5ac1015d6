# shield: cancelling the awaiting task does not cancel the shielded task, which runs to its end.
import asyncio


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def important():
    await asyncio.sleep(2)
    say("important done")
    return 42


async def waiter(task):
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        say("waiter cancelled")
        raise


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(waiter(inner))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        say(f"outer cancelled, inner cancelled {inner.cancelled()}")
    say(f"inner result {await inner}")


asyncio.run(main())
