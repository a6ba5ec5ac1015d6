def f(a: int, *args: str, b: "x" = 3, **kw: dict) -> list[int]:
    x: int = 1
    y: str
    (z): int = 2
    self.a: int = 3
    d["k"]: float
