# a third-party import the model does not have: unsupported (CPython here: ModuleNotFoundError)
import asyncio
import aiohttp
async def main():
    async with aiohttp.ClientSession() as session:
        print(session)
asyncio.run(main())
