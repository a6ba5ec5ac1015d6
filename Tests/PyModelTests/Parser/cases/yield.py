def g():
    x = yield
    yield 1
    yield from g()
    y = yield a, b
    z = yield from h()
    await_ = (yield)
    print((yield 2))
