# match on the results of asyncio.gather(return_exceptions=True) and on task results in a coroutine
import asyncio
async def fetch(n):
    await asyncio.sleep(n / 10)
    if n == 3:
        raise ValueError(f"bad item {n}")
    if n == 4:
        return {"status": "partial", "items": [n, n + 1]}
    return ("ok", n * 10)
async def main():
    results = await asyncio.gather(*(fetch(n) for n in range(1, 6)), return_exceptions=True)
    for r in results:
        match r:
            case ("ok", value) if value > 20:
                print("big ok", value)
            case ("ok", value):
                print("ok", value)
            case {"status": "partial", "items": [first, *more]}:
                print("partial", first, more)
            case ValueError(args=(message,)):
                print("failed:", message)
    match await asyncio.gather(fetch(1), fetch(2)):
        case [("ok", a), ("ok", b)]:
            print("both ok", a + b, asyncio.get_running_loop().time())
asyncio.run(main())
