x = 1
yy = f"abc {a b}"
