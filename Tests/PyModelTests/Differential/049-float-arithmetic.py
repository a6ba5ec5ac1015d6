# float arithmetic: floor division and modulo with floats, int/float mixing, accumulation error, comparisons
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2))
print(3 * 0.1, 0.3 / 0.1, 1 - 0.9, 2.0 ** 10, 10 / 3 * 3)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2)
print(int(1e18), int(1e19), float(2 ** 53 + 1))
print(abs(-0.0), max(0.0, -0.0), 0.1 + 0.7, 1.23456789e-8)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
