# a task that catches CancelledError and returns normally is not cancelled
import asyncio
async def swallow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("ignoring cancel")
    return "finished anyway"
async def main():
    t = asyncio.create_task(swallow())
    await asyncio.sleep(1)
    t.cancel()
    print(await t, t.cancelled())
asyncio.run(main())
