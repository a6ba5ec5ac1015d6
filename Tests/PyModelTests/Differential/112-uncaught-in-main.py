# an exception escaping main ends asyncio.run with it; a background task is cancelled during shutdown
import asyncio
async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleanup")
async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("about to fail")
    raise RuntimeError("main failed")
asyncio.run(main())
