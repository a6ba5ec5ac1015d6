# two asyncio.run calls and a time.sleep between them: virtualSeconds sums the loops only, the clocks all
import asyncio
import time
async def nap(d):
    await asyncio.sleep(d)
    print("napped", d, time.monotonic())
asyncio.run(nap(1))
time.sleep(2)
print("between", time.monotonic())
asyncio.run(nap(1.5))
print("end", time.monotonic())
