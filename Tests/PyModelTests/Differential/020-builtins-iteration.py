# iteration builtins: enumerate, zip, reversed, any, all, sum, len, iter/next with default, map, filter
names = ["a", "b", "c"]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip(names, [1, 2, 3, 4])), list(zip()), dict(zip(names, range(3))))
print(list(reversed(names)), list(reversed(range(3))))
print(any([0, "", None]), any([0, 1]), all([]), all([1, 0]))
print(sum([1, 2, 3]), sum([[1], [2]], []), sum(range(5), 10), sum([0.5, 0.25]))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(None, [0, 1, 2])))
print(len("abc"), len([1]), len({}), len(range(3, 9)))
print(abs(-2.5), round(7.25, 1), divmod(7, 2), max("abc"), chr(65), ord("a"))
