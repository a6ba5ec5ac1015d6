# an error inside an except block: CPython prints both, "During handling of the above exception..."
import asyncio
async def fetch(n):
    await asyncio.sleep(0.5)
    if n > 1:
        raise ConnectionError(f"host {n} unreachable")
    return n
async def main():
    try:
        results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    except ConnectionError as e:
        print("gather failed:", e)
        log = {}
        log["attempts"] += 1
    print("never", results)
asyncio.run(main())
