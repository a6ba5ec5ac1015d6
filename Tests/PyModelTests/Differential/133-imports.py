# import forms for the supported modules: import as, from-import of several names, module attributes
import asyncio as aio
import time as t
import random
from asyncio import sleep, gather, Queue
from contextlib import asynccontextmanager
async def main():
    await gather(sleep(1), sleep(0.5))
    q = Queue()
    await q.put(random.randint(1, 3))
    print(await q.get(), t.monotonic(), aio.get_running_loop().time(), callable(asynccontextmanager))
aio.run(main())
