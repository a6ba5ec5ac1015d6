# printing a Task object and a finished task shows its state in the repr
import asyncio

async def work():
    await asyncio.sleep(1)
    return 42

async def main():
    t = asyncio.create_task(work(), name="worker")
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result("x")
    print(f)

asyncio.run(main())
