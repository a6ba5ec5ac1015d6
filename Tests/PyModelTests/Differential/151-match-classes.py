# match: class patterns through __match_args__ (own class, subclass, dataclass, namedtuple) and keywords
from dataclasses import dataclass
from collections import namedtuple
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
@dataclass
class Circle:
    center: Point
    radius: float = 1.0
Pair = namedtuple("Pair", "left right")
def where(obj):
    match obj:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point3(_, _, z) as p:
            return f"3d point z={z} x={p.x}"
        case Circle(Point(x, y), radius=r) if r > 5:
            return f"big circle at {x},{y}"
        case Circle(center=Point() as c):
            return f"circle around {c.x},{c.y}"
        case Pair(left, right=Pair(l2, r2)):
            return f"nested pair {left} {l2} {r2}"
        case Pair(a, b):
            return f"pair {a} {b} {Circle.__match_args__} {Pair.__match_args__}"
for obj in [Point(0, 0), Point(0, 7), Point(3, 0), Point(1, 1), Point3(0, 0, 0), Point3(1, 2, 3),
            Circle(Point(1, 2), 9), Circle(Point(5, 6)), Pair(1, Pair(2, 3)), Pair("a", "b"), "no"]:
    print(where(obj))
