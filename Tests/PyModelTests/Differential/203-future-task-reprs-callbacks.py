# reprs of pending tasks and futures: wait_for=, cb=[...] with task wake-ups and Python callbacks
import asyncio

def on_done(fut):
    pass

class Listener:
    def notify(self, fut):
        pass

async def child():
    await asyncio.sleep(1)
    return "child"

async def parent(t):
    return await t

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    print(fut)
    fut.add_done_callback(Listener().notify)
    fut.add_done_callback(lambda f: None)
    print(fut)
    fut.add_done_callback(print)
    print(fut)
    c = asyncio.create_task(child(), name="c")
    p = asyncio.create_task(parent(c), name="p")
    await asyncio.sleep(0)
    print(c)
    print(p)
    fut.cancel()
    print(fut)
    await p
    print(p)

asyncio.run(main())
