# unbounded recursion in a plain function: the recursion-depth budget stops it (CPython: RecursionError)
def down(n): return down(n + 1)
print(down(0))
