# random without an explicit seed: the recorder seeds 0 at the start of the run, as the model must
import random
print(random.random(), random.randint(1, 100), random.choice(["x", "y", "z"]))
print([round(random.uniform(0, 3), 3) for _ in range(4)])
delays = [random.randint(1, 5) for _ in range(5)]
print(delays, sum(delays))
