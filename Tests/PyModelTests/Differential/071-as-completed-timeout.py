# as_completed with a timeout raises TimeoutError for results not ready by then
import asyncio
async def job(d):
    await asyncio.sleep(d)
    return d
async def main():
    try:
        for fut in asyncio.as_completed([job(1), job(5), job(2)], timeout=3):
            print("got", await fut)
    except TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
asyncio.run(main())
