# the iterator protocol in a class: __iter__/__next__, StopIteration ends for loops, iter() twice
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print(n)
c = Countdown(2)
print(list(c), list(c))
class Repeatable:
    def __iter__(self):
        yield from ("a", "b")
r = Repeatable()
print(list(r), list(r), "b" in r, sorted(r, reverse=True))
