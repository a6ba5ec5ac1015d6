# sleep(0) yields exactly once: three tasks interleave step by step in creation order
import asyncio
async def stepper(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(stepper("a", 3), stepper("b", 2), stepper("c", 3))
    print("time", asyncio.get_running_loop().time())
asyncio.run(main())
