# generator pipelines interleave lazily; infinite generator consumed by zip and a for loop with break
def numbers():
    n = 0
    while True:
        print("produce", n)
        yield n
        n += 1
def squares(src):
    for v in src:
        print("square", v)
        yield v * v
for s in squares(numbers()):
    print("got", s)
    if s >= 4:
        break
print(list(zip("ab", numbers())))
gen = (print("lazy", i) or i for i in range(2))
print("before consuming")
print(sum(gen))
