# custom exceptions, raise ... from ..., __cause__ and __context__, exception args and str
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key
def load():
    try:
        {}["port"]
    except KeyError as e:
        raise ConfigError("port") from e
try:
    load()
except AppError as e:
    print(type(e).__name__, e, e.key, type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
print(str(AppError()), repr(AppError("x")), AppError(1, 2).args)
