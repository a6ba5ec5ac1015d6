# conditional expressions and the walrus operator in if, while and comprehensions
x = 7
print("big" if x > 5 else "small", "neg" if x < 0 else "zero" if x == 0 else "pos")
if (n := len("hello")) > 3:
    print("long", n)
data = [5, 3, 0, 8]
i = 0
while (v := data[i]) != 0:
    print("value", v)
    i += 1
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
print((z := 10) + z)
