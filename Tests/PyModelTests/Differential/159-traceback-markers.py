# an uncaught error deep in calls: CPython's traceback marks the failing operator, subscript and call
def ratio(values, key):
    total = sum(values)
    return values[key] / (total - total)
def lookup(table, name):
    return table[name]["weight"]
def report(rows):
    weights = [lookup(rows, name) for name in ["a", "b"]]
    print("weights", weights)
    return ratio(weights, 0) * 100
rows = {"a": {"weight": 1}, "b": {"weight": 2}}
try:
    lookup(rows, "c")
except KeyError as e:
    print("missing", e)
print("result", report(rows))
