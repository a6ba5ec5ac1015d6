# asyncio.sleep(delay, result) returns result; sleep(0) returns None; negative delays do not wait
import asyncio
async def main():
    print(await asyncio.sleep(1, result="woke"), await asyncio.sleep(0), await asyncio.sleep(-1, "neg"))
    print(asyncio.get_running_loop().time())
asyncio.run(main())
