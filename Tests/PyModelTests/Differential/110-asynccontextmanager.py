# contextlib.asynccontextmanager: setup before yield, teardown in finally even when the body raises
import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def session(name):
    print("setup", name)
    await asyncio.sleep(1)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(1)
        print("teardown", name, asyncio.get_running_loop().time())
async def main():
    async with session("a") as s:
        print("body", s)
    try:
        async with session("b"):
            raise ValueError("inside body")
    except ValueError as e:
        print("caught", e)
asyncio.run(main())
