# a loop made by hand: run_until_complete, run_forever until stop(), is_running, close, is_closed
import asyncio
async def step(n):
    loop = asyncio.get_running_loop()
    print("step", n, loop.is_running(), loop.time())
    await asyncio.sleep(n)
    return n
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(step(1)))
loop.call_later(2, loop.stop)
loop.call_soon(print, "callback in run_forever")
loop.run_forever()
print("stopped at", loop.time())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(step(1))
except RuntimeError as e:
    print("RuntimeError:", e)
