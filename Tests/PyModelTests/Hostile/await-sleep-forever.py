# an endless loop awaiting asyncio.sleep(1): virtual time grows without bound; the virtual-time budget stops it
import asyncio
async def main():
    while True: await asyncio.sleep(1)
asyncio.run(main())
