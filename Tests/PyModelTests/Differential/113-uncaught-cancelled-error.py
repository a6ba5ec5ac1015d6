# main awaiting a cancelled task re-raises CancelledError, printed with its module path
import asyncio
async def victim():
    await asyncio.sleep(5)
async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(1)
    t.cancel()
    await t
asyncio.run(main())
