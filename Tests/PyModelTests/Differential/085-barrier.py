# Barrier(3): parties wait until all arrive; wait() returns distinct indices; state afterwards
import asyncio
async def party(barrier, n):
    await asyncio.sleep(n)
    print("arrived", n, barrier.n_waiting)
    idx = await barrier.wait()
    print("passed", n, asyncio.get_running_loop().time())
    return idx
async def main():
    barrier = asyncio.Barrier(3)
    idxs = await asyncio.gather(*(party(barrier, n) for n in (1, 2, 3)))
    print(sorted(idxs), barrier.parties, barrier.broken)
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError", barrier.broken)
asyncio.run(main())
