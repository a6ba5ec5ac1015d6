# time clocks outside any event loop: virtual, starting at 0; time.sleep moves them; time.time from the epoch
import time
print(time.monotonic(), time.perf_counter(), time.time())
t0 = time.perf_counter()
time.sleep(1.5)
print(f"took {time.perf_counter() - t0:.2f}s", time.monotonic(), time.time())
time.sleep(0.25)
print(time.monotonic_ns(), time.perf_counter_ns(), time.time_ns())
