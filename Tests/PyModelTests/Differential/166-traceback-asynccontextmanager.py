# an error raised in an async with body of an asynccontextmanager: contextlib restores the traceback
import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def session():
    print("open")
    yield "s"
    print("close")
async def main():
    async with session() as s:
        raise KeyError(s)
asyncio.run(main())
