# unbounded recursion through awaited coroutines: the recursion-depth budget stops it (CPython: RecursionError)
import asyncio
async def down(n): return await down(n + 1)
asyncio.run(down(0))
