# try/except/else/finally: which blocks run, order, finally overriding return, bare raise re-raises
def attempt(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError as e:
        print("except:", e)
        return "handled"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally", x)
print(attempt(2))
print(attempt(0))
def override():
    try:
        return "from try"
    finally:
        return "from finally"
print(override())
def reraise():
    try:
        {}["k"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    reraise()
except LookupError as e:
    print("caught", type(e).__name__, e)
try:
    raise ValueError("a", 2)
except (TypeError, ValueError) as e:
    print(e.args, str(e), repr(e))
