# gather, ensure_future, Future() and Task() outside a running loop use the policy's loop (made on first use), and after asyncio.run there is none
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    return name


group = asyncio.gather(work("a", 2), work("b", 1))
loop = asyncio.get_event_loop()
print(group.get_loop() is loop, loop.is_running())
print(loop.run_until_complete(group))
task = asyncio.ensure_future(work("c", 1))
fut = asyncio.Future()
made = asyncio.Task(work("d", 0.5))
print(task.get_loop() is loop, fut.get_loop() is loop, made.get_loop() is loop)
loop.call_later(0.25, fut.set_result, "future")
print(loop.run_until_complete(asyncio.gather(task, fut, made)))
loop.close()

print(asyncio.run(work("run", 1)))
for make in (lambda: asyncio.gather(), lambda: asyncio.Future()):
    try:
        make()
    except RuntimeError as e:
        print("RuntimeError:", e)
