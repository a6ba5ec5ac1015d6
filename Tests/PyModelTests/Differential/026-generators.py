# generators: lazy execution order, next, return value in StopIteration, send, yield from, exhaustion
def count_up(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
    return "done"
g = count_up(2)
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    yield result
print(list(outer()), list(count_up(0)))
