# inheritance: super(), overriding, MRO with a diamond, isinstance through the hierarchy, class attributes
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"
for a in (Animal("generic"), Dog("rex"), Puppy("bit", 1)):
    print(a.speak(), isinstance(a, Dog), type(a).__name__)
print([c.__name__ for c in Puppy.__mro__], issubclass(Puppy, Animal))
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
