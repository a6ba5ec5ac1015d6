with open(f) as g:
    pass
with a, b as c:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (
    a as b,
    c,
):
    pass
with a as (b, c): pass
with a as (b, *c): pass
