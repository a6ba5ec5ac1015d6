# slicing of lists, strings and tuples: steps, negative indices, slice assignment and deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:2])
s = "abcdefgh"
print(s[1:4], s[::-1], s[-1], s[-3:-1], s[::3])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
del b[::2]
print(b)
c = [0] * 5
c[::2] = [1, 2, 3]
print(c)
print(a[slice(1, 6, 2)])
