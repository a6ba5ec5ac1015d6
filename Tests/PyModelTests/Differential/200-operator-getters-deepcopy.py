# operator.itemgetter/attrgetter for sorting, copy.copy and copy.deepcopy of shared state
import asyncio
import copy
from operator import attrgetter, itemgetter

class Task:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost
    def __repr__(self):
        return f"Task({self.name}, {self.cost})"

async def main():
    rows = [("b", 2), ("a", 3), ("c", 1)]
    print(sorted(rows, key=itemgetter(1)), max(rows, key=itemgetter(0)))
    ts = [Task("x", 3), Task("y", 1)]
    print(sorted(ts, key=attrgetter("cost")))
    state = {"items": [1, 2], "meta": {"n": 1}}
    snap = copy.deepcopy(state)
    shallow = copy.copy(state)
    state["items"].append(3)
    print(snap, shallow["items"])
    await asyncio.sleep(0)

asyncio.run(main())
