# match: sequence patterns (fixed, nested, star, star wildcard, tuple/list/range/deque alike, str is not one)
from collections import deque
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, [b, c]]:
            return f"nested {a} {b} {c}"
        case (first, *_, last) if first == last:
            return f"same ends {first}"
        case ["go", direction]:
            return "go " + direction
        case [head, *rest] if len(rest) > 2:
            return f"head {head} rest {rest}"
        case [a, b, *middle, c]:
            return f"a={a} b={b} middle={middle} c={c}"
        case [*init, last]:
            return f"init {init} last {last}"
        case str() | bytes():
            return "a string is no sequence here"
        case _:
            return "something else"
for value in [[], (), [5], ("x",), [1, [2, 3]], [1, 2, 1], ["go", "north"], [1, 2, 3, 4, 5],
              (1, 2, 3, 4), [1, 2], range(3), range(7, 9), deque([4, 5, 6]), "abc", b"ab", {1: 2}, 42]:
    print(repr(value), "->", shape(value))
match 1, 2:
    case x, y:
        print("pair", x, y)
match [1, 2, 3]:
    case [*_]:
        print("any sequence")
match (1, (2, 3)):
    case (a, (b, *cs)) as whole:
        print(a, b, cs, whole)
