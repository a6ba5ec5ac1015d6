# logging to stdout with asctime, funcName and lineno; a child logger inherits its parent's level
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(asctime)s [%(levelname)-8s] %(name)s.%(funcName)s:%(lineno)d %(message)s")
logger = logging.getLogger("worker")
logger.setLevel(logging.DEBUG)

async def work(n):
    logger.debug("start %d", n)
    await asyncio.sleep(n * 0.25)
    logger.info("done %d", n)

async def main():
    await asyncio.gather(*(work(i) for i in range(1, 4)))
    logging.info("all done")
    logging.getLogger("worker.sub").warning("child logger %s", logger.getEffectiveLevel())

asyncio.run(main())
