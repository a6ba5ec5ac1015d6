# a task that fails and is never awaited: asyncio logs "Task exception was never retrieved" (stderr)
import asyncio
async def fail():
    await asyncio.sleep(1)
    raise ValueError("nobody looks at me")
async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(2)
    print("main done")
asyncio.run(main())
