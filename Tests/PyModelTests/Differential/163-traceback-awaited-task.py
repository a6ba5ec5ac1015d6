# an exception raised in a task and re-raised where the task is awaited (frames of both coroutines)
import asyncio
async def compute(values):
    await asyncio.sleep(1)
    return {v: 10 // v for v in values}
async def main():
    task = asyncio.create_task(compute([5, 2, 0]))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=5)
    except ZeroDivisionError:
        print("first await failed at", asyncio.get_running_loop().time())
    print("task done:", task.done())
    result = await task
asyncio.run(main())
