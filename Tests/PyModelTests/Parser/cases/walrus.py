if (n := len(a)) > 10:
    pass
[y for x in z if (y := f(x))]
while chunk := read():
    pass
print(x := 5)
f(a, (b := 2))
