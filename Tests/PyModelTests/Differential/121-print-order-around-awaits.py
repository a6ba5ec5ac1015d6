# prints before and after awaits across three tasks with different sleeps: the global print order
import asyncio
async def worker(name, delays):
    for d in delays:
        print(name, "before", d)
        await asyncio.sleep(d)
        print(name, "after", d)
async def main():
    a = asyncio.create_task(worker("A", [1, 1]))
    b = asyncio.create_task(worker("B", [2]))
    print("main before await")
    await worker("M", [0.5, 1])
    print("main after direct await")
    await a
    await b
    print("end", asyncio.get_running_loop().time())
asyncio.run(main())
