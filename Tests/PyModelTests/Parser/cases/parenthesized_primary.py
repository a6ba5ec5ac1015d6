x = (a).b
y = (a)(1)[2]
z = (a) + b
w = (lambda: 1)()
