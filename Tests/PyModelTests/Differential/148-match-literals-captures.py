# match: literal, singleton, capture, wildcard, dotted value, or-patterns, `as` and guards, first match wins
class Color:
    RED = "red"
    GREEN = "green"
def describe(x):
    match x:
        case 0 | 1:
            return "bit"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hi" | "hello" as greeting:
            return "greeting " + greeting
        case b"raw":
            return "bytes"
        case None:
            return "nothing"
        case True:
            return "true"
        case Color.RED:
            return "the red one"
        case Color.GREEN as g if len(g) > 10:
            return "never"
        case int(n) if n > 100:
            return f"big {n}"
        case n if isinstance(n, int):
            return f"small {n}"
        case _:
            return "other " + repr(x)
for value in [0, 1, -1, 2.5, "hi", "hello", b"raw", None, True, False, "red", "green", 1000, 7, 1.0, [1]]:
    print(repr(value), "->", describe(value))
match 3:
    case 1:
        print("one")
print("no case matched, nothing printed")
