#!/usr/bin/env python3
"""CPython's own asyncio on the same workloads as AsyncModelBench, for side-by-side numbers.

1. ping-pong: 1,000 tasks x 1,000 `await asyncio.sleep(0)`; task steps per CPU second (and the wall time).
2. sleepers: 100,000 tasks sleeping at once (10 s sleeps, measured after 0.5 s); VmRSS while they sleep.
   The sleepers are cancelled after the measurement so the benchmark does not wait 10 real seconds.
"""
import asyncio
import time


def rss_megabytes(field="VmRSS"):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return -1.0


async def ping_pong(rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)


async def ping_pong_main(tasks, rounds):
    await asyncio.gather(*(ping_pong(rounds) for _ in range(tasks)))


async def sleepers_main(count, result):
    tasks = [asyncio.create_task(asyncio.sleep(10)) for _ in range(count)]
    await asyncio.sleep(0.5)
    result.append(rss_megabytes())
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def main():
    before = rss_megabytes()
    result = []
    asyncio.run(sleepers_main(100_000, result))
    print(f"CPython sleepers: 100000 tasks sleeping at once: VmRSS {result[0]:.1f} MB "
          f"({result[0] - before:.1f} MB above the {before:.1f} MB baseline)")
    tasks, rounds = 1_000, 1_000
    start, start_cpu = time.perf_counter(), time.process_time()
    asyncio.run(ping_pong_main(tasks, rounds))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    steps = tasks * (rounds + 1)
    print(f"CPython ping-pong: {tasks} tasks x {rounds} sleep(0) = {steps} task steps in {cpu:.3f} s CPU "
          f"({elapsed:.3f} s wall): {steps / cpu:.0f} steps per CPU second")


if __name__ == "__main__":
    main()
