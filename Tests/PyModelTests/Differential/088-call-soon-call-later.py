# call_soon runs callbacks FIFO in the next iteration; call_later/call_at by deadline; cancelled handles skip
import asyncio
def cb(label):
    print("callback", label, asyncio.get_running_loop().time())
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(2, cb, "later-2")
    loop.call_at(loop.time() + 1, cb, "at-1")
    loop.call_soon(cb, "soon-1")
    loop.call_soon(cb, "soon-2")
    h = loop.call_later(1.5, cb, "cancelled")
    h.cancel()
    print("scheduled", h.cancelled())
    await asyncio.sleep(0)
    print("after one yield")
    await asyncio.sleep(3)
asyncio.run(main())
