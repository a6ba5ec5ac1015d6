# a class with __aenter__/__aexit__: order of enter/body/exit, the as-value, exceptions seen by __aexit__
import asyncio
class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(1)
        print("open", self.name, asyncio.get_running_loop().time())
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(1)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False
async def main():
    async with Conn("db") as c:
        print("using", c.name)
    try:
        async with Conn("cache"):
            raise ConnectionError("lost")
    except ConnectionError as e:
        print("propagated", e, asyncio.get_running_loop().time())
asyncio.run(main())
