# a finished task can be awaited again and again: same result, no extra time; failures re-raise each time
import asyncio
async def compute():
    await asyncio.sleep(1)
    print("computed once")
    return 7
async def explode():
    raise ValueError("again")
async def main():
    t = asyncio.create_task(compute())
    print(await t, await t, asyncio.get_running_loop().time())
    e = asyncio.create_task(explode())
    for _ in range(2):
        try:
            await e
        except ValueError as err:
            print("raised", err)
asyncio.run(main())
