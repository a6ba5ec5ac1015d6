# to_thread passes keyword arguments on; run_in_executor takes none (TypeError)
import asyncio
def f(a, x=0):
    return a + x
async def main():
    print(await asyncio.to_thread(f, 1, x=2))
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, f, 1, x=2)
    except TypeError as e:
        print(type(e).__name__, "unexpected keyword argument" in str(e))
asyncio.run(main())
