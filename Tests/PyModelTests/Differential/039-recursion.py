# recursion: factorial, fibonacci with a dict memo, mutual recursion, recursive flatten
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def flatten(xs):
    out = []
    for x in xs:
        out.extend(flatten(x) if isinstance(x, list) else [x])
    return out
print(fact(25), fib(90), is_even(10), is_odd(7), flatten([1, [2, [3, [4]], 5]]))
