async def main():
    await asyncio.sleep(1)
    async for x in aiter():
        pass
    else:
        pass
    async with lock as l, other:
        pass
