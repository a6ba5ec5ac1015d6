# Task state: done/cancelled/result/exception before and after completion; exception() of a failed task
import asyncio
async def ok():
    await asyncio.sleep(1)
    return "value"
async def bad():
    raise LookupError("missing")
async def main():
    t = asyncio.create_task(ok())
    print(t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print(t.done(), t.result(), t.exception())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(b.done(), repr(b.exception()))
    try:
        b.result()
    except LookupError as e:
        print("result() raises", e)
asyncio.run(main())
