# an assertion's note and 'raise ... from None' (the context is not shown)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
try:
    check(-1)
except AssertionError as e:
    e.add_note("while checking inputs")
    raise RuntimeError("validation failed") from None
