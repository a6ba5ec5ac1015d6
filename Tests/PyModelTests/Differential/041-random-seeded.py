# random with an explicit seed: random, randint, choice, shuffle, sample, uniform, randrange
import random
random.seed(42)
print(random.random(), random.randint(1, 6), random.choice("abcdef"))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.sample(range(100), 5), random.uniform(1, 2), random.randrange(0, 50, 5))
random.seed(42)
print(random.random())
print([random.randint(0, 9) for _ in range(10)])
