# match: class pattern errors at run time (TypeError messages) and attributes that are missing
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["a"]
class Twice:
    __match_args__ = ("a", "a")
    a = 1
class Lazy:
    @property
    def value(self):
        raise AttributeError("not computed")
    limit = 5
def no_args(x):
    match x:
        case NoArgs(1): return "matched"
def bad_args(x):
    match x:
        case BadArgs(1): return "matched"
def twice(x):
    match x:
        case Twice(1, 1): return "matched"
def int_two(x):
    match x:
        case int(5, 6): return "matched"
def not_a_class(x):
    match x:
        case Lazy.limit(): return "matched"
def lazy(x):
    match x:
        case Lazy(value=v): return "matched"
        case Lazy(): return "property raised AttributeError: no match"
for f, x in [(no_args, NoArgs()), (bad_args, BadArgs()), (twice, Twice()), (int_two, 5), (not_a_class, 5),
             (lazy, Lazy()), (no_args, 5)]:
    try:
        print(f.__name__, f(x))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
