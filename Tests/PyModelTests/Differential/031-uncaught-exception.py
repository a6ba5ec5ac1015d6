# an uncaught exception ends the program after the lines printed before it
def check(v):
    if v > 2:
        raise ValueError(f"value {v} is too large")
    print("ok", v)
for v in range(5):
    check(v)
print("never printed")
