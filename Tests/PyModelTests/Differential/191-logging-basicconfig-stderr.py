# logging.basicConfig + logging.info go to stderr; print goes to stdout
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")

async def step(n):
    log.info("step %d starting", n)
    await asyncio.sleep(n)
    logging.debug("hidden")
    log.warning("step %s done", n)
    print("printed", n)

async def main():
    await asyncio.gather(step(1), step(2))
    logging.error("finished with %d steps", 2)

asyncio.run(main())
