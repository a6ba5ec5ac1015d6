def f(a, b=1, *args, c, d=2, **kw):
    return a

def g(*, key=None): pass
def h(a, b, /, c=3): pass
def k(a=1, /, b=2, *, c): pass
