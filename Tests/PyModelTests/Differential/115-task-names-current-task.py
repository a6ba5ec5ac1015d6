# default task names Task-N, custom names, current_task, all_tasks while running
import asyncio
async def child():
    me = asyncio.current_task()
    print("child is", me.get_name())
    await asyncio.sleep(0)
async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(child())
    t2 = asyncio.create_task(child(), name="custom")
    print(t1.get_name(), t2.get_name(), len(asyncio.all_tasks()))
    await asyncio.gather(t1, t2)
    t2.set_name("renamed")
    print(t2.get_name(), len(asyncio.all_tasks()))
asyncio.run(main())
