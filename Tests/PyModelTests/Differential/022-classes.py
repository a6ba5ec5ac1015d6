# classes: __init__, methods, class vs instance attributes, __repr__ and __str__ used by print and f-strings
class Point:
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(3, 4)
print(p, repr(p), [p], f"{p}", f"{p!r}", str(p))
print(p.norm2(), Point.dims, p.dims, Point.norm2(p))
p.dims = 3
print(p.dims, Point.dims)
class Bare:
    pass
print(type(Bare()).__name__, Bare.__name__, isinstance(Bare(), Bare))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
