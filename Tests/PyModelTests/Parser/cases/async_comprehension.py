async def f():
    a = [x async for x in y]
    b = {x: await x async for x in y if await x}
    c = (x async for x in y)
    d = [await t for t in tasks]
