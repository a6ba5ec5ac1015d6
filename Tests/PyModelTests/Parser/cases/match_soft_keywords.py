match = [1, 2]
case = match[0]
match[1] = case
match(case)
print(match, case)
def match(case=None):
    return case
match -1:
    case case:
        pass
match match:
    case [match, *case]:
        pass
match (x):
    case {"k": [1, *_], **kw} if kw:
        pass
    case Point(x=_, y=[*ys]) | Point3D(z=0) as p:
        pass
    case -0.5 | 1_000 | 0x10 | "a" "b" | f.g.h:
        pass
async def f():
    match await g():
        case (1 | 2) as v if (w := v):
            pass
        case [(a, b), {**r}]:
            pass
