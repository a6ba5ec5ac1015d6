# a second anext(), athrow() or aclose() while the async generator waits inside an earlier anext() raises
# RuntimeError when awaited; the waiting step still completes
import asyncio
async def pages():
    try:
        for p in range(1, 4):
            await asyncio.sleep(1)
            yield p
    finally:
        print("pages closed at", asyncio.get_running_loop().time())
async def attempt(label, awaitable):
    try:
        print(label, "->", await awaitable)
    except RuntimeError as e:
        print(label, "->", e)
async def main():
    gen = pages()
    first = asyncio.create_task(attempt("first anext", anext(gen)))
    await asyncio.sleep(0)
    await attempt("second anext", anext(gen))
    await attempt("asend", gen.asend(None))
    await attempt("athrow", gen.athrow(ValueError))
    await attempt("aclose", gen.aclose())
    await first
    print(await anext(gen))
    await gen.aclose()
    gen2 = pages()
    async def take():
        return await anext(gen2)
    print(await asyncio.gather(take(), take()))
asyncio.run(main())
