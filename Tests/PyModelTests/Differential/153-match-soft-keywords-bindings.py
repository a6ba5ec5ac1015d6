# match/case stay usable as names; captures bind only when the whole pattern matches; names persist after
match = {"case": 1}
case = [match]
print(match["case"], case)
def match_(x): return x
match (1, 2):
    case (a, 3):
        print("unreachable")
    case (b, c):
        print("second case", b, c)
try:
    print(a)
except NameError as e:
    print("NameError:", e)
match [1, 2]:
    case [1, q] | [q, 1]:
        print("or binds q =", q)
match {"x": 1}:
    case {"x": 1 | 2 as v}:
        print("v", v)
print("after the match b and c are", b, c, "and v", v)
x = 5
match x:
    case 5 if (y := x * 2) > 100:
        print("no")
    case _ if y == 10:
        print("guard of a wildcard saw the walrus", y)
order = []
class Loud:
    def __eq__(self, other):
        order.append(other)
        return False
match Loud():
    case 1 | 2 | 3:
        pass
    case _:
        print("compared in order:", order)
