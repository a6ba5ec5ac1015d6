# cancel() a task in asyncio.sleep: CancelledError is raised at the await, finally runs, awaiting raises
import asyncio
async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("got CancelledError at", asyncio.get_running_loop().time())
        raise
    finally:
        print("finally")
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised", t.cancelled(), t.done())
    print("cancel again ->", t.cancel())
asyncio.run(main())
