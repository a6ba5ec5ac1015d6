# an integer with about 100 million digits: the object-size budget refuses it
n = 10 ** 10**8
print(n % 7)
