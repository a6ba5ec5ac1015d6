# name resolution: local/enclosing/global/builtin, shadowing a builtin, class body scope
x = "global"
def f():
    x = "local"
    def g():
        return x
    return g()
print(f(), x)
def shadow():
    len = lambda s: 42
    return len("abc")
print(shadow(), len("abc"))
class K:
    y = 10
    z = [y * 2]
    def m(self):
        return K.y
print(K.z, K().m())
def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls
counter()
print(counter())
