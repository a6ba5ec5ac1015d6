# Python-to-Python calls: fib(27) makes 635,621 calls of a two-line function and prints 196418.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(27))
