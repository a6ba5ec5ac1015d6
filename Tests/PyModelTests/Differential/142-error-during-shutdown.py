# a pending task that raises another error when cancelled at shutdown: asyncio logs it (stderr), run returns
import asyncio
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled, raising something else")
        raise ValueError("cleanup failed")
async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    print("main done")
asyncio.run(main())
print("run returned")
