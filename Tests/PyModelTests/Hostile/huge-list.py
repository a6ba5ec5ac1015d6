# a list of a billion elements: the object-size budget refuses it before allocating
xs = [0] * 10**9
print(len(xs))
