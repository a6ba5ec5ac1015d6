# formatting numbers: hex/bin/oct, format() with specs, thousands separators, int() with a base
print(hex(255), bin(10), oct(8), hex(-1), int("0x1f", 16), int("101", 2), int("z", 36))
print(format(3.14159, ".3f"), format(42, "05d"), format(1234567, ","), format(1234567, "_"), format(0.5, "%"))
print("{:>6}|{:<6}|{:^6}|".format(1, 2, 3), "{:.3}".format("abcdef"), "{:e}".format(1234.5))
print(f"{12:b} {12:o} {12:#b} {10**6:_d} {-3.5:+.1f} {3:+}")
print(str(10 ** 20), repr(7), 1_000_000)
