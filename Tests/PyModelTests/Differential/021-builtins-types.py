# type constructors and introspection: int/float/str/bool/list/tuple/dict/set, type, isinstance, attrs
print(int("42"), int("-7"), int("ff", 16), int(" 12 "), int(3.99), int(True))
print(float("1.5"), float(2), str(12), str([1]), bool(0), bool("x"), bool([]))
print(list("ab"), tuple([1, 2]), dict(a=1), set([1, 1]), list(), tuple())
print(type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(print).__name__)
print(isinstance(1, int), isinstance(1, (str, float)), isinstance(True, int), issubclass(bool, int))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), type(3) is int)
class P:
    pass
p = P()
setattr(p, "x", 1)
print(getattr(p, "x"), getattr(p, "y", "none"), hasattr(p, "x"), hasattr(p, "y"))
print(repr("s"), repr(1.0), repr(None), repr([None]), str(None))
for bad in ("abc", "1.5", ""):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
