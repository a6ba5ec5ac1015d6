# cancel(msg): the message reaches the CancelledError inside the task and the awaiting caller
import asyncio
async def sleeper():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
asyncio.run(main())
