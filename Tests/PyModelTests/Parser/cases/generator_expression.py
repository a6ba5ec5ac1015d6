sum(x for x in y)
(x for x in y if x)
f((x for x in y), 1)
any(n > 2 for n in nums)
g = (
    i
    for i in range(3)
)
