# an error of the coroutine wait_for runs reaches top level through wait_for's frame
import asyncio
async def fetch(url):
    await asyncio.sleep(0.2)
    raise ConnectionError(f"cannot reach {url}")
async def main():
    page = await asyncio.wait_for(fetch("example.org"), timeout=2)
    print("never", page)
asyncio.run(main())
