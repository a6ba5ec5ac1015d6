# a traceback through recursion (repeated lines cut after three) whose error was raised from another
class ParseError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"not a number: {text!r}") from e
def depth(items, n=0):
    if not items:
        return parse("x" * n)
    return depth(items[1:], n + 1)
print("starting")
depth([1, 2, 3, 4, 5, 6])
