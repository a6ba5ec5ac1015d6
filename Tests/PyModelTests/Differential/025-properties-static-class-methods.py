# @property (getter and setter), @staticmethod, @classmethod as alternative constructor
class Temp:
    scale = "C"
    def __init__(self, celsius):
        self._c = celsius
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @staticmethod
    def describe():
        return "a temperature"
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
t = Temp(100)
print(t.fahrenheit, t.celsius, Temp.describe(), t.describe(), Temp.from_f(212).celsius, Temp.scale)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
