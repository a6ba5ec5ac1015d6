# Instances of str subclasses keep their class, their methods and their own __repr__/__str__
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
