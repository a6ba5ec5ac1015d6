# match: builtin classes match the subject itself with one positional sub-pattern; object(attr=...) keywords
def kind(obj):
    match obj:
        case bool(b):
            return f"bool {b}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s) if s.isdigit():
            return "digits " + s
        case str(s):
            return "str " + s
        case bytes(data):
            return f"bytes {data!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple((a, b)):
            return f"pair tuple {a} {b}"
        case dict(d) if not d:
            return "empty dict"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"a set of {len(obj)}"
        case object(__class__=cls):
            return "object of class " + cls.__name__
for obj in [True, 3, 2.5, "42", "plain", b"xy", [9, 8], (1, 2), {}, {"k": 1}, {1, 2}, frozenset(), None, range(2)]:
    print(kind(obj))
