# asyncio.get_event_loop() as the 3.11 policy answers it: a loop made on first use, the loop asyncio.run set, none after asyncio.run, the loop set_event_loop set
import asyncio


async def main(label):
    print(label, "inside:", asyncio.get_event_loop() is asyncio.get_running_loop())
    await asyncio.sleep(0.5)
    return label.upper()


loop = asyncio.get_event_loop()
print("first use:", loop.is_running(), loop.is_closed())
print("same again:", asyncio.get_event_loop() is loop)
print(loop.run_until_complete(main("legacy")))
loop.close()
print("closed and still current:", asyncio.get_event_loop() is loop, loop.is_closed())

print(asyncio.run(main("run")))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after run:", type(e).__name__, e)

fresh = asyncio.new_event_loop()
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("new loop is not current:", e)
asyncio.set_event_loop(fresh)
print("set:", asyncio.get_event_loop() is fresh)
print(fresh.run_until_complete(main("fresh")))
fresh.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("set to None:", e)
