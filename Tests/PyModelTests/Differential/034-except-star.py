# except*: each handler gets the matching part of the group; unhandled parts propagate as a new group
def fail():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), ValueError("worse")])
try:
    fail()
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("types:", [str(e) for e in group.exceptions])
try:
    try:
        fail()
    except* TypeError:
        print("handled the TypeError only")
except ExceptionGroup as rest:
    print("left over:", rest, [str(e) for e in rest.exceptions])
try:
    raise KeyError("naked")
except* KeyError as group:
    print("a naked exception is wrapped:", type(group).__name__, repr(group.exceptions[0]))
