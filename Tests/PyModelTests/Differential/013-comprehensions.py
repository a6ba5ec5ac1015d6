# list/dict/set comprehensions and generator expressions: filters, nesting, own scope
squares = [n * n for n in range(6)]
evens = [n for n in range(10) if n % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
matrix = [[r * 3 + c for c in range(3)] for r in range(2)]
flat = [v for row in matrix for v in row]
print(squares, evens, pairs, matrix, flat)
print({w: len(w) for w in ["one", "three", "five"]})
print({n % 3 for n in range(10)})
gen = (n * 2 for n in range(4))
print(type(gen).__name__, list(gen), list(gen))
print(sum(n for n in range(5)), max(len(w) for w in ["a", "abc"]))
n = "outer"
_ = [n for n in range(3)]
print(n)
print([x if x > 2 else -x for x in range(5)])
print(["odd" if i % 2 else "even" for i in range(3)])
