# Instances of str and list subclasses keep their class; functions, builtins, methods and classes have __call__
class Name(str):
    def shout(self):
        return self.upper() + "!"


class Tagged(str):
    def __repr__(self):
        return f"Tagged({str.__repr__(self)})"

    def __str__(self):
        return "<" + self + ">"


n = Name("ada")
print(type(n).__name__, type(n) is Name, isinstance(n, str), isinstance(n, Name))
print(n, repr(n), n.shout(), n.upper(), type(n.upper()).__name__, len(n))
print(n == "ada", {"ada": 1}[n], n + "!", f"{n}", n.startswith("a"))
t = Tagged("x")
print(t, repr(t), [t], f"{t}", str(t))
print(type(Name()).__name__, repr(Name()))


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
print(callable(print), callable(plain), callable(Greeter), callable(Greeter()), callable(n))
