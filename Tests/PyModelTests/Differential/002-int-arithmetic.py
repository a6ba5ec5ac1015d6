# int arithmetic: floor division and modulo with negatives, divmod, pow, bit operations, precedence
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(pow(3, 4), pow(3, 4, 5), pow(2, -1, 7))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -16 >> 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3)
print(10 / 4, 10 / 5, type(10 / 5).__name__)
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
print(x)
print(abs(-7), int(-3.9), int(3.9), round(2.5), round(3.5), round(-0.5))
