# an executor worker's sleep goes on while the loop is blocked by time.sleep: the worker prints first
import asyncio
import time
def work():
    time.sleep(3)
    print("worker done", time.monotonic())
async def main():
    fut = asyncio.get_running_loop().run_in_executor(None, work)
    time.sleep(5)
    print("main after blocking", time.monotonic())
    await fut
    print("end", time.monotonic())
asyncio.run(main())
