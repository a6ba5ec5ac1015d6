# for/while with else, break, continue, range forms, nested loops with break
for i in range(3):
    print("for", i)
else:
    print("for finished")
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("body", i)
else:
    print("not printed")
n = 3
while n > 0:
    n -= 1
else:
    print("while finished", n)
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)), list(range(0)))
for a in range(3):
    for b in range(3):
        if a + b == 3:
            break
    else:
        continue
    print("found", a, b)
    break
print(range(10)[2:5], len(range(0, 100, 7)), 14 in range(0, 100, 7))
