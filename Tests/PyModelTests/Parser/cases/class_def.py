class A(B, metaclass=M, **kw):
    """doc"""
    attr = 1
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
    def __str__(self): return "A"
class E(Exception): pass
class F(): pass
