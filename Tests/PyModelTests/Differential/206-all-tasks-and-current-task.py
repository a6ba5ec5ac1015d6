# all_tasks() includes the calling task; current_task() outside a loop raises RuntimeError
import asyncio

async def sleeper(n):
    await asyncio.sleep(n)

async def main():
    t = asyncio.create_task(sleeper(1))
    names = sorted(task.get_name() for task in asyncio.all_tasks())
    print(len(asyncio.all_tasks()), names)
    print(asyncio.current_task() in asyncio.all_tasks())
    await t
    print(len(asyncio.all_tasks()))

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
