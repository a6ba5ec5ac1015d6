# A loop made by new_event_loop: stop() ends run_forever after the current iteration; what was scheduled
# meanwhile runs in the next run_forever; is_running, all_tasks and current_task as seen from a task.
import asyncio

loop = asyncio.new_event_loop()


def say(text):
    print(f"{loop.time():.3f} {text}")


def first():
    say(f"first, running {loop.is_running()}")
    loop.stop()
    loop.call_soon(say, "scheduled after stop")


async def probe():
    tasks = asyncio.all_tasks()
    say(f"all_tasks {sorted(t.get_name() for t in tasks)} current {asyncio.current_task().get_name()}")
    await asyncio.sleep(0.5)
    return "probed"


loop.call_soon(first)
loop.call_soon(say, "same iteration")
loop.call_later(1, say, "timer")
print(f"running {loop.is_running()}")
loop.run_forever()
print("stopped")
loop.call_later(2, loop.stop)
loop.run_forever()
print("stopped again")
background = loop.create_task(asyncio.sleep(10), name="background")
print(loop.run_until_complete(probe()))
background.cancel()
loop.run_until_complete(asyncio.sleep(0))
print(f"background cancelled {background.cancelled()}")
loop.close()
print(f"closed {loop.is_closed()}")
