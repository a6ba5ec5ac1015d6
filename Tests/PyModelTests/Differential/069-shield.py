# shield: cancelling the outer await does not cancel the shielded task, which finishes later
import asyncio
async def important():
    await asyncio.sleep(3)
    print("important work finished", asyncio.get_running_loop().time())
    return "saved"
async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except TimeoutError:
        print("outer timed out", inner.cancelled(), inner.done())
    print(await inner, asyncio.get_running_loop().time())
asyncio.run(main())
