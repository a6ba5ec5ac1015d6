for i in range(10):
    print(i)
else:
    pass
for a, b in pairs: pass
for (a, b), c in x: pass
for a, *rest in x: pass
for x in 1, 2, 3: pass
for a[0] in x: pass
for a.b in x: pass
