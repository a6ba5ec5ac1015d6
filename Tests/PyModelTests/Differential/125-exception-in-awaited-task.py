# an exception raised in a task propagates to the awaiter, with its message; other tasks unaffected
import asyncio
async def divide(a, b):
    await asyncio.sleep(1)
    return a / b
async def main():
    good = asyncio.create_task(divide(1, 4))
    bad = asyncio.create_task(divide(1, 0))
    try:
        await bad
    except ZeroDivisionError as e:
        print("caught:", e)
    print(await good)
asyncio.run(main())
