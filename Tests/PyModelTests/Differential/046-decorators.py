# decorators written with closures: call logging, decorators with arguments, stacking order
def log_calls(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco
@log_calls
def add(a, b=0):
    return a + b
@repeat(3)
def hello(name):
    return "hi " + name
def tag(label):
    def deco(func):
        def wrapper():
            return f"<{label}>{func()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
add(1, b=2)
print(hello("ann"), text())
