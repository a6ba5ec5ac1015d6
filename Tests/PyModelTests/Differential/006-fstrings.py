# f-strings: format specs, conversions !r/!s, nested replacement fields, = debugging, expressions inside
name, x, width = "Ann", 3.14159, 10
print(f"{name} {x:.2f} {x:10.3f}| {x:<10.1f}| {x:^10.2f}|")
print(f"{name!r} {name!s} {[name]!r}")
print(f"{x:{width}.{2}f}|{name:>{width}}|")
print(f"{42:08.3f} {1234567:,} {1234567.891:,.2f} {0.25:.1%} {255:x} {255:#X} {5:03d} {-5:+d}")
print(f"{x=}, {name=!r}, {1 + 1 = }")
print(f"{'nested ' + f'{name.upper()}'}")
print(f"{[i * i for i in range(4)]} {dict(a=1)['a']} {'yes' if x > 3 else 'no'}")
print(f"{{literal braces}} {name}")
print(f"{3:>5}|{'ab':*^6}|{'ab':<4}|")
print(f"{1e-7:g} {123456789:e} {0.5:.3e} {2.5:g} {1/3:.10}")
val = 7
print(f"{val:{'>' if val > 5 else '<'}5}|")
print(f"""multi
{name}""")
