# an endless loop awaiting asyncio.sleep(0): no virtual time passes; the instruction (step) budget stops it
import asyncio
async def main():
    while True: await asyncio.sleep(0)
asyncio.run(main())
