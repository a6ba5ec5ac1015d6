# tasks still pending when main returns are cancelled by asyncio.run; their finally blocks run
import asyncio
async def background(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown", asyncio.get_running_loop().time())
        raise
    finally:
        print(name, "cleanup")
async def main():
    asyncio.create_task(background("short", 1))
    asyncio.create_task(background("long", 10))
    await asyncio.sleep(2)
    print("main returns")
asyncio.run(main())
print("after run")
