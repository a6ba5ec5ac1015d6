# Instances of list and dict subclasses keep their class; functions, builtins, methods and classes have __call__
class Stack(list):
    def top(self):
        return self[-1]


s = Stack([1, 2])
s.append(3)
print(type(s).__name__, isinstance(s, list), s, s.top(), len(s), s == [1, 2, 3])
print(type(Stack()).__name__, Stack(), type(s + [4]).__name__)


class Registry(dict):
    def names(self):
        return sorted(self)


r = Registry(b=2, a=1)
print(type(r).__name__, r.names(), r)


def plain(x):
    return x * 2


class Greeter:
    def hello(self, who):
        return "hello " + who


print(hasattr(print, "__call__"), hasattr(len, "__call__"), hasattr(plain, "__call__"))
print(hasattr(Greeter().hello, "__call__"), hasattr(Greeter, "__call__"), hasattr(Greeter(), "__call__"))
print(len.__call__([1, 2, 3]), plain.__call__(4), Greeter().hello.__call__("bob"), int.__call__("7"))
print.__call__("printed", "via", "__call__")
print(callable(print), callable(plain), callable(Greeter), callable(Greeter()), callable(s))
