# enum.Enum / auto / IntEnum for task states in a small state machine
import asyncio
from enum import Enum, auto, IntEnum

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

class Priority(IntEnum):
    LOW = 1
    HIGH = 2

async def run(name, states):
    states[name] = State.RUNNING
    await asyncio.sleep(1)
    states[name] = State.DONE

async def main():
    states = {n: State.PENDING for n in "ab"}
    print(states["a"], repr(states["a"]), states["a"].name, states["a"].value)
    t = asyncio.create_task(run("a", states))
    await asyncio.sleep(0)
    print({k: v.name for k, v in states.items()})
    await t
    print(states["a"] is State.DONE, State["DONE"], State(2), list(State))
    print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))

asyncio.run(main())
