# CPython's messages for common built-in errors
cases = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: [1][5],
    lambda: {"a": 1}["b"],
    lambda: None.upper(),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: undefined_name,
    lambda: int("x1"),
    lambda: [1, 2].index(9),
    lambda: "abc".index("z"),
    lambda: len(5),
    lambda: (1, 2)[0].foo,
    lambda: (lambda a: a)(),
    lambda: next(iter([])),
    lambda: {}.pop("k"),
    lambda: "x" * "y",
    lambda: [1] < "a",
    lambda: (1,)[1],
    lambda: "s"[9],
    lambda: float("abc"),
    lambda: 2 ** -1 // 0,
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
