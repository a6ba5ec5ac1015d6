assert x
assert x, "message"
pass
del a
del a, b[1], c.d
del (e, f), [g]
