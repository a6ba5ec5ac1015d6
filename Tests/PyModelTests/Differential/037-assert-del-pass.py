# assert with and without a message, del of names/items/attributes, pass, NameError after del
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare:", repr(e))
v = 5
del v
try:
    print(v)
except NameError as e:
    print("NameError:", e)
xs = [1, 2, 3]
del xs[0]
d = {"a": 1, "b": 2}
del d["a"]
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(xs, d, hasattr(o, "attr"))
for _ in range(2):
    pass
if True:
    pass
print("done")
