# ExceptionGroup: construction, message, nested groups, subgroup/split, str of a group
eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, len(eg.exceptions), eg.message)
print([repr(e) for e in eg.exceptions])
match, rest = eg.split(ValueError)
print(match, [str(e) for e in match.exceptions])
print(rest, [str(e) for e in rest.exceptions])
print(eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [eg, KeyError("k")])
print(nested, [type(e).__name__ for e in nested.exceptions])
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
