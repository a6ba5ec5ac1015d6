# a waiter cancelled in event.wait() whose CancelledError reaches asyncio.run: the traceback through locks.py
import asyncio
async def waiter(event):
    print("waiting")
    await event.wait()
async def main():
    event = asyncio.Event()
    task = asyncio.create_task(waiter(event))
    await asyncio.sleep(0.5)
    task.cancel()
    await task
asyncio.run(main())
