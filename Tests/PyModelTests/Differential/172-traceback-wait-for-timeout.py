# wait_for's TimeoutError at top level: raised from the awaited task's CancelledError (both tracebacks)
import asyncio
async def slow():
    await asyncio.sleep(5)
async def main():
    await asyncio.wait_for(slow(), timeout=1)
asyncio.run(main())
