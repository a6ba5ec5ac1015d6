# logger.exception inside except prints the traceback to stderr; datefmt and {-style
import asyncio
import logging

logging.basicConfig(format="{asctime} {levelname}: {message}", datefmt="%H:%M:%S", style="{", level=logging.INFO)
log = logging.getLogger(__name__)

async def fail():
    await asyncio.sleep(1.5)
    raise ValueError("bad input")

async def main():
    try:
        await fail()
    except ValueError:
        log.exception("task failed")
    log.info("continuing at %.1f", asyncio.get_running_loop().time())
    log.setLevel(logging.ERROR)
    log.info("hidden")
    print(log, logging.getLevelName(logging.WARNING), logging.getLevelName(15))

asyncio.run(main())
