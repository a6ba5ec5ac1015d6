# dict methods and insertion order: get, setdefault, update, pop, items, merge operators, KeyError message
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
d.update({"a": 10}, e=5)
print(d)
print(d.pop("b"), d.pop("zz", "default"), d)
print({**d, "f": 6}, d | {"g": 7})
del d["c"]
print(len(d), sorted(d), d.popitem(), d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(dict(zip("xyz", range(3))), dict([("k", "v")]), dict.fromkeys("ab", 0))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
