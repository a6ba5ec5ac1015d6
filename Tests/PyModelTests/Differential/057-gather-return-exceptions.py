# gather(return_exceptions=True) puts exceptions in the result list instead of raising
import asyncio
async def ok(v):
    await asyncio.sleep(v)
    return v
async def bad(v):
    await asyncio.sleep(v)
    raise ValueError(f"bad {v}")
async def main():
    results = await asyncio.gather(ok(1), bad(2), ok(3), return_exceptions=True)
    print([type(r).__name__ for r in results], [str(r) for r in results])
asyncio.run(main())
