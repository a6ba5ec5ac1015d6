a < b <= c
a is not b
a not in b
a == b != c
a > b >= c
a is b
a in b
not a == b
