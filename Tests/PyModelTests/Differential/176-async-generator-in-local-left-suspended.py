# an async generator held by a local is finalised when main returns (its frame is cleared), not before;
# one held by a global outlives main and is closed by shutdown_asyncgens with GeneratorExit
import asyncio
async def ticks(label):
    try:
        i = 0
        while True:
            await asyncio.sleep(1)
            i += 1
            yield i
    except BaseException as e:
        print(label, "saw", type(e).__name__)
        raise
    finally:
        t = asyncio.current_task()
        print(label, "closed at", asyncio.get_running_loop().time(), "in", t.get_name() if t else None)
kept = None
async def main():
    global kept
    local = ticks("local")
    kept = ticks("global")
    print(await anext(local), await anext(kept))
    async for i in local:
        if i == 3:
            break
    print("main sleeps")
    await asyncio.sleep(2)
    print("main returns at", asyncio.get_running_loop().time())
asyncio.run(main())
print("after run")
