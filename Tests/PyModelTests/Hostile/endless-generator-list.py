# list() of a generator that never ends: the instruction or object-size budget stops it
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(len(list(naturals())))
