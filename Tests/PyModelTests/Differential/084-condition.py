# Condition: notify wakes one waiter, notify_all the rest; wait_for with a predicate
import asyncio
async def consumer(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, "took", box.pop(), asyncio.get_running_loop().time())
async def waiter(cond, name):
    async with cond:
        await cond.wait()
        print(name, "notified", asyncio.get_running_loop().time())
async def main():
    cond = asyncio.Condition()
    box = []
    ws = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(3)]
    cs = [asyncio.create_task(consumer(cond, f"c{i}", box)) for i in range(2)]
    await asyncio.sleep(1)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(1)
    async with cond:
        box.extend(["x", "y"])
        cond.notify_all()
    await asyncio.gather(*ws, *cs)
asyncio.run(main())
