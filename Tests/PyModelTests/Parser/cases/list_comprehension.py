[x for x in y]
[x * y for x in a if x for y in b if y if y > 2]
[(a, b) for a, b in pairs]
[[c for c in row] for row in grid]
