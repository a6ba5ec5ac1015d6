# asyncio.create_task(name=...) still uses up a Task-N number; current_task, all_tasks, set_name
import asyncio

async def child(n):
    me = asyncio.current_task()
    print("in", me.get_name(), me.get_coro().__name__)
    await asyncio.sleep(n)

async def main():
    t1 = asyncio.create_task(child(1), name="fetcher")
    t2 = asyncio.create_task(child(2))
    print(t1.get_name(), t2.get_name().startswith("Task-"))
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    t2.set_name("renamed")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await t1
    print(len(asyncio.all_tasks()), t1.done(), t2.done())
    await t2

asyncio.run(main())
