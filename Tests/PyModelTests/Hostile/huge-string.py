# a 10 GB string: the object-size budget refuses it before allocating
s = "x" * 10**10
print(len(s))
