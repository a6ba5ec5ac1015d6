# a class with __aiter__/__anext__ and StopAsyncIteration, used with async for; aiter/anext builtins
import asyncio
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(1)
        self.n -= 1
        return self.n
async def main():
    async for v in Countdown(3):
        print("value", v, asyncio.get_running_loop().time())
    it = aiter(Countdown(1))
    print(await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
asyncio.run(main())
