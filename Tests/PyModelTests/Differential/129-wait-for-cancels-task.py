# wait_for on a Task that times out cancels that task; on a finished one returns at once
import asyncio
async def slow():
    await asyncio.sleep(5)
    return "slow"
async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 1)
    except TimeoutError:
        print("timeout; task cancelled:", t.cancelled(), asyncio.get_running_loop().time())
    done = asyncio.create_task(asyncio.sleep(0, "quick"))
    await asyncio.sleep(0.1)
    print(await asyncio.wait_for(done, 0))
asyncio.run(main())
