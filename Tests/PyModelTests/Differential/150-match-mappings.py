# match: mapping patterns (extra keys ignored, **rest, nested values, defaultdict keys not created, non-mappings)
from collections import defaultdict, OrderedDict
class Keys:
    NAME = "name"
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} rest {rest}"
        case {Keys.NAME: n, 1: one}:
            return f"named {n} one {one}"
        case {"type": t}:
            return "unknown type " + t
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "key", "key": "q", "mods": ["ctrl"], "repeat": False},
    {"name": "ev", 1: "uno"},
    {"type": "scroll"},
    {},
    {"pos": [1, 2]},
    [("type", "click")],
    OrderedDict(type="key", key="x"),
]
for e in events:
    print(handle(e))
d = defaultdict(list)
d["present"] = 1
match d:
    case {"missing": _}:
        print("matched missing")
    case {"present": p, **others}:
        print("present", p, dict(others), type(others).__name__)
print(sorted(d))
