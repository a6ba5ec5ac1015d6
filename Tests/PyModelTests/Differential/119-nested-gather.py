# gathers nested in gathers: the order of starts and results, total time is the longest branch
import asyncio
async def leaf(name, d):
    print("start", name)
    await asyncio.sleep(d)
    return name
async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1", 2), leaf(prefix + "2", 1))
async def main():
    print(await asyncio.gather(branch("a"), branch("b"), leaf("c", 3)))
    print(asyncio.get_running_loop().time())
asyncio.run(main())
