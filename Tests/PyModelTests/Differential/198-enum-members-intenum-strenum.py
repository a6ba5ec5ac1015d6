# enum basics: members, lookup by value and name, iteration, auto, IntEnum, StrEnum, unique, errors
from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}={self.value}"

class Level(IntEnum):
    LOW = auto()
    HIGH = auto()

class Mode(StrEnum):
    FAST = auto()
    SAFE = "safe!"

print(Color.RED, repr(Color.GREEN), Color(3), Color["GREEN"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, [c.name for c in reversed(Color)])
print(Color.BLUE.describe(), type(Color.RED).__name__, isinstance(Color.RED, Color), Color)
print(Level.HIGH > Level.LOW, Level.HIGH + 1, Level(1), str(Level.LOW), f"{Level.HIGH:>4}")
print(Mode.FAST, repr(Mode.FAST), Mode("safe!"), Mode.SAFE == "safe!", Mode.FAST.upper())
print({Color.RED: "r"}[Color.CRIMSON], f"{Color.RED}", sorted(Level), Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
match Color(2):
    case Color.GREEN:
        print("matched green")
