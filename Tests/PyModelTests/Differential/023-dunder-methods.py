# dunder methods: arithmetic, comparisons, len, getitem, contains, iter, bool, call, eq/hash
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __bool__(self):
        return any(self.xs)
    def __call__(self, i):
        return self.xs[i] * 100
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, a == Vec(1, 2), a != b, a < b, sorted([b, a]))
print(len(a), a[1], a[-1], 2 in a, 5 in a, list(a), bool(Vec(0, 0)), a(1))
print([x for x in b], max(a), Vec(0) or "empty")
