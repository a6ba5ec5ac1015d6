# gather's results used wrongly: the marker covers the failing attribute, not the call
import asyncio
async def main():
    results = await asyncio.gather(asyncio.sleep(1, "x"), asyncio.sleep(2))
    print(results[0].upper(), results[1].upper())
asyncio.run(main())
