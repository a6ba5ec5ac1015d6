# loop.time() starts at 0 in each asyncio.run; call_at with an absolute time; get_event_loop inside a coroutine
import asyncio
async def main(tag):
    loop = asyncio.get_running_loop()
    print(tag, "start", loop.time(), loop is asyncio.get_event_loop())
    done = loop.create_future()
    loop.call_at(loop.time() + 1.25, done.set_result, None)
    await done
    print(tag, "end", loop.time())
asyncio.run(main("first"))
asyncio.run(main("second"))
