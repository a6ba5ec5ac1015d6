# exceptions in loop callbacks (call_soon, call_later, a done callback) are logged on stderr; the loop goes on
import asyncio
def boom(n, label="x"):
    print("callback", n, label)
    raise ValueError(f"callback {n} failed")
class Watcher:
    def on_done(self, fut):
        print("done callback sees", fut.result())
        return 1 / 0
async def work():
    await asyncio.sleep(0.25)
    return "ok"
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom, 1, "soon")
    loop.call_later(0.5, boom, 2)
    task = asyncio.create_task(work())
    task.add_done_callback(Watcher().on_done)
    await asyncio.sleep(1)
    print("main goes on at", loop.time())
asyncio.run(main())
