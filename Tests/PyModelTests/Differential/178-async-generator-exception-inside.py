# an exception inside the async generator runs its finally and reaches the `async for`; an exception in the
# loop body drops the generator, whose aclose() task then runs after the handler's next await
import asyncio
async def faulty():
    try:
        yield 1
        await asyncio.sleep(1)
        raise ValueError("bad row")
    finally:
        print("faulty finally at", asyncio.get_running_loop().time())
async def rows():
    try:
        for i in range(5):
            await asyncio.sleep(0.5)
            yield i
    finally:
        print("rows finally at", asyncio.get_running_loop().time(), "in", asyncio.current_task().get_name())
async def main():
    try:
        async for x in faulty():
            print("got", x)
    except ValueError as e:
        print("caught", e, "at", asyncio.get_running_loop().time())
    try:
        async for i in rows():
            if i == 1:
                raise KeyError("body")
    except KeyError as e:
        print("caught", e)
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")
asyncio.run(main())
