# ints never overflow: beyond 64 bits, factorials, negative big numbers, big floor division and modulo
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63) - 1)
print(2 ** 100)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(9223372036854775807 + 1)
print((10 ** 30) // 7, (10 ** 30) % 7, -(10 ** 30) // 7)
print(3 ** 50 - 2 ** 80)
print(len(str(2 ** 1000)))
print(int("123456789012345678901234567890") * 3)
print(hex(2 ** 70), bin(2 ** 65))
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 1.8e19)
print(sum(range(10 ** 6)))
