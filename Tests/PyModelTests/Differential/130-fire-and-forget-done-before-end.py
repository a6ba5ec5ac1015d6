# fire-and-forget tasks finish only if main waits long enough; the short one completes, the long one not
import asyncio
async def notify(name, d):
    await asyncio.sleep(d)
    print("notified", name)
async def main():
    for name, d in (("fast", 1), ("slow", 3)):
        asyncio.create_task(notify(name, d))
    await asyncio.sleep(2)
    print("main exits", len(asyncio.all_tasks()))
asyncio.run(main())
