a, *b = c
*a, b = c
[*a, *b]
(*a, b)
f(*args, **kw)
{**a, "b": 1}
{*a, *b}
print(*a, sep="")
x = *a, *b
[a, *b] = c
