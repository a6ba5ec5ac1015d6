# chained comparisons, identity, membership, and/or returning operands, not, short-circuit
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 3 < 4 < 2)
print(None is None, [] is [], [] == [], 1 in [1, 2], "a" not in "bcd")
print(0 or "default", "" or [] or 0, 3 and 4, 0 and 1, None or None)
print(not 0, not [1], not "")
def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(loud(1) < loud(2) < loud(0) < loud(3))
print((1, 2) < (1, 3), "abc" < "abd", [2] > [1, 9], "Z" < "a")
print(True + True, True == 1, isinstance(True, int))
