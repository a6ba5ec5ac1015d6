# sets of small ints (their printed order is deterministic): operations, membership, comprehension
a = {3, 1, 2}
b = {2, 3, 4}
print(a, b, a | b, a & b, a - b, a ^ b)
print(a <= {1, 2, 3, 4}, a.issubset(b), 2 in a, 5 in a)
a.add(10)
a.discard(1)
a.discard(99)
print(sorted(a), len(a))
print({x % 4 for x in range(10)}, set(), set([5, 5, 6]))
print(sorted({"pear", "apple", "fig"}), frozenset({1}) == {1})
try:
    a.remove(42)
except KeyError as e:
    print("KeyError", e)
