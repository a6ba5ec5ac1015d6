async def h():
    await x
    y = await f(1)
    return await y
    await asyncio.gather(a(), b())
    z = [await q for q in qs]
    w = await a + await b
    v = -await c
    u = await a ** 2
