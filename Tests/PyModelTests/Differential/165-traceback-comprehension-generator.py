# an error inside a generator consumed by a list comprehension: frames <module>, <listcomp> and the generator
def numbers(limit):
    for i in range(limit):
        yield 10 // (2 - i)
class Stats:
    def mean(self, xs):
        return sum(xs) / len(xs)
squares = [n * n for n in numbers(5)]
