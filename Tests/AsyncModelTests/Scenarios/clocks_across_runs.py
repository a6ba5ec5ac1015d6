# The run clock: time.sleep outside a loop moves only the run clock; each asyncio.run starts its loop's
# time at 0; task names continue across runs (the shutdown of a run makes two tasks of its own).
import asyncio
import time


def say(text):
    print(f"{asyncio.get_running_loop().time():.3f} {text}")


async def main(label):
    say(f"{label} {asyncio.current_task().get_name()} monotonic {time.monotonic():.3f}")
    await asyncio.sleep(1)
    time.sleep(0.5)
    say(f"{label} end monotonic {time.monotonic():.3f}")


print(f"start monotonic {time.monotonic():.3f}")
time.sleep(2)
asyncio.run(main("first"))
print(f"between monotonic {time.monotonic():.3f}")
asyncio.run(main("second"))
print(f"end monotonic {time.monotonic():.3f}")
