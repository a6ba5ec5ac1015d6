a = f"a" "b" f"{c}"
b = "x" f"{y}"
c = rf"\d{x}"
d = fr'{x}\n'
e = f"{a}" f"{b}"
f = (f"start {x} "
     f"end {y}")
g = f"\n{x}\t"
h = f"\N{BULLET} {x}"
