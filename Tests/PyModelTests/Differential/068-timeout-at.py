# asyncio.timeout_at with an absolute loop time; expired() after the timeout; when()
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 2
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when", cm.when())
            await asyncio.sleep(3)
    except TimeoutError:
        print("expired", cm.expired(), loop.time())
asyncio.run(main())
