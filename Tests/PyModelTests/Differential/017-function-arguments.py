# function parameters: defaults, *args, **kwargs, keyword-only, positional-only, annotations, TypeErrors
def f(a, b=2, *args, c, d=4, **kwargs) -> str:
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
def g(x: int, /, y: int = 0) -> int:
    return x + y
print(g(1), g(1, y=2))
def h(*, key):
    return key
print(h(key="k"))
def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutable_default(1), mutable_default(2))
args = (1, 2)
kw = {"c": 3}
print(f(*args, **kw))
for call in (lambda: f(), lambda: h(1), lambda: g(x=1), lambda: f(1, c=1, b=2, **{"b": 3})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
