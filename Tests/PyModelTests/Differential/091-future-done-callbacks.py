# done callbacks run via call_soon after completion, never inline, in registration order; remove_done_callback
import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    def cb1(f):
        print("cb1", f.result())
    def cb2(f):
        print("cb2", f.result())
    fut.add_done_callback(cb1)
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb1)
    print("removed", fut.remove_done_callback(cb1))
    fut.set_result("value")
    print("set_result returned")
    await asyncio.sleep(0)
    print("after one iteration")
    fut.add_done_callback(lambda f: print("late callback"))
    print("added to a done future")
    await asyncio.sleep(0)
asyncio.run(main())
