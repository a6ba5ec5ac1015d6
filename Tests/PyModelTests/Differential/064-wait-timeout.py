# asyncio.wait with a timeout: ALL_COMPLETED cut short, pending tasks are not cancelled by wait
import asyncio
async def job(n):
    await asyncio.sleep(n)
    print("job finished", n)
    return n
async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 4, 2)]
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print(sorted(t.result() for t in done), len(pending), asyncio.get_running_loop().time())
    print([t.cancelled() for t in pending])
    await asyncio.wait(pending)
    print("end", asyncio.get_running_loop().time())
asyncio.run(main())
