# an uncaught ExceptionGroup after except* handled part of it: the rest is printed as a group
try:
    raise ExceptionGroup("jobs failed", [ValueError("a"), OSError("disk"), ValueError("b")])
except* ValueError as g:
    print("handled", len(g.exceptions), "ValueErrors")
