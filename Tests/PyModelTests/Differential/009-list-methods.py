# list methods: append/extend/insert/pop/remove/index/count/sort/reverse/copy/clear, and list equality
xs = [3, 1, 2]
xs.append(5)
xs.extend([9, 0])
xs.insert(1, 7)
print(xs)
print(xs.pop(), xs.pop(0), xs)
xs.remove(2)
print(xs, xs.index(5), xs.count(7))
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
ys = xs.copy()
ys.append(-1)
print(xs, ys, xs == ys[:-1], xs is ys)
ys.clear()
print(ys, len(ys), [1, 2] + [3], [[0]] * 2, [1, [2, 3]] < [1, [2, 4]])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(5)
except ValueError as e:
    print("ValueError:", e)
