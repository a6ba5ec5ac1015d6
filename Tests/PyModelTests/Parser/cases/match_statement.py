match command:
    case "quit":
        pass
    case ["go", direction]:
        pass
    case ["drop", *objects]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2) | Point(3, 4):
        pass
    case {"a": 1, **rest}:
        pass
    case [1, 2, *_]:
        pass
    case (a, b) if a > b:
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | 2 + 3j | -4 - 5j:
        pass
    case Color.RED:
        pass
    case str() as s:
        pass
    case [a, [b, c]]:
        pass
    case ():
        pass
    case (x,):
        pass
    case _:
        pass
match a, b:
    case 1, 2: pass
    case *x, y: pass
match = 1
match(x)
match.y = 2
