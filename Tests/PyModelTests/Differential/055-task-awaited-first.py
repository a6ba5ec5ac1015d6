# awaiting a task right after creating it (before creating the next) makes the work sequential: 3 s
import asyncio
async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
async def main():
    t1 = asyncio.create_task(say_after(1, "hello"))
    await t1
    t2 = asyncio.create_task(say_after(2, "world"))
    await t2
    print("finished", asyncio.get_running_loop().time())
asyncio.run(main())
