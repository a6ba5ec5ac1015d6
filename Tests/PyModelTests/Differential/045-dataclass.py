# dataclasses.dataclass: generated __init__, __repr__, __eq__, defaults, field order
from dataclasses import dataclass, field
@dataclass
class Job:
    name: str
    delay: float = 1.0
    tags: list = field(default_factory=list)
a = Job("fetch")
b = Job("fetch", 1.0)
print(a, a == b, a.delay, Job("x", 2, ["t"]))
a.tags.append("urgent")
print(a, b.tags)
@dataclass(order=True)
class Ver:
    major: int
    minor: int
print(sorted([Ver(1, 5), Ver(1, 2), Ver(0, 9)]), Ver(1, 0) < Ver(1, 1))
