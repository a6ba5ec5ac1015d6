# heapq push/pop/heapify layouts, bisect points, operator helpers, copy.copy vs copy.deepcopy of an instance
import heapq, bisect, copy, operator
h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
xs = [7, 2, 9, 4]
heapq.heapify(xs)
print(xs, heapq.heappushpop(xs, 1), heapq.heapreplace(xs, 10), xs)
print(heapq.nlargest(2, ["a", "bbb", "cc"], key=len), list(heapq.merge([1, 4], [2, 3])))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort_left(a, 3)
print(a)
print(operator.add(2, 3), operator.itemgetter(1, 0)(["x", "y"]), operator.attrgetter("real")(3), operator.mul(3, 4))
print(operator.methodcaller("upper")("abc"), operator.neg(5), operator.truediv(1, 4), operator.itemgetter(1))
class P:
    def __init__(self, xs):
        self.xs = xs
p = P([1, [2]])
q = copy.copy(p)
r = copy.deepcopy(p)
p.xs[1].append(3)
print(q.xs, r.xs, q is p, type(r).__name__)
d = {"a": [1], "b": (1, [2])}
e = copy.deepcopy(d)
d["b"][1].append(9)
print(e, copy.copy([1, 2]))
