f = lambda: 0
g = lambda x, *y, z=1, **k: x
h = lambda *, a: a
k = lambda a, /, b=2: a
m = lambda *a: lambda: a
sorted(x, key=lambda p: p[1])
