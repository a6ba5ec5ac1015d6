# logging without basicConfig: only warnings and above, bare message on stderr
import logging
import asyncio

logger = logging.getLogger(__name__)

async def main():
    logger.info("not shown")
    logger.warning("shown: %s", "careful")
    logging.warning("root warning")
    logging.info("also not shown")
    print("done")

asyncio.run(main())
