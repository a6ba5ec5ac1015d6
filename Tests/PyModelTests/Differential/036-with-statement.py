# with: __enter__/__exit__ order, the as-value, exception details passed to __exit__, suppression
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("a") as value:
    print("body", value)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
with Resource("swallow", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with Resource("pass-through"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", e)
