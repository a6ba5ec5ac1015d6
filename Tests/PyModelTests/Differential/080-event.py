# Event: waiters wake in order when set; wait on a set event returns at once; clear resets it
import asyncio
async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke at", asyncio.get_running_loop().time())
async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("a", "b")]
    await asyncio.sleep(2)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())
asyncio.run(main())
