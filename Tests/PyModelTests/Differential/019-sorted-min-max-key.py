# sorted/min/max with key, reverse, default; stable sort; sort by tuple keys; lambda keys
words = ["banana", "Apple", "cherry", "date", "fig", "elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words, key=len), max(words, key=len), max([], default="none"), min(3, 1, 2))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1]))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(sorted("hello"), sorted((3, 1, 2), reverse=True), sorted({"b": 1, "a": 2}))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
