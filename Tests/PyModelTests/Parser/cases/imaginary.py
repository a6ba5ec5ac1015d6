a = 2j
b = 1.5J
c = 1e3j
d = 1 + 2j
e = 0j
f = 1_0j
