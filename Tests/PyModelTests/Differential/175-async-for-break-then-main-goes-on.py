# break out of `async for` and go on awaiting: the dropped generator's aclose() runs as a new task two loop
# iterations later (call_soon of create_task, then the task's first step), between main's steps
import asyncio
async def pages(n):
    try:
        for p in range(1, n + 1):
            await asyncio.sleep(0.5)
            yield p
    except BaseException as e:
        print("pages saw", type(e).__name__)
        raise
    finally:
        t = asyncio.current_task()
        print("pages closed at", asyncio.get_running_loop().time(), "in", t.get_name() if t else None)
async def main():
    async for p in pages(10):
        if p == 2:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after one sleep(0)")
    await asyncio.sleep(0)
    print("after two sleep(0)")
    await asyncio.sleep(1)
    print("after sleep(1) at", asyncio.get_running_loop().time())
asyncio.run(main())
