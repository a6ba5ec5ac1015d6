# Task.add_done_callback: the callback runs one iteration after the task finishes, before the awaiter resumes
import asyncio
async def job():
    await asyncio.sleep(1)
    print("job returns")
    return "r"
async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda task: print("callback sees", task.result()))
    r = await t
    print("awaiter resumes", r)
asyncio.run(main())
