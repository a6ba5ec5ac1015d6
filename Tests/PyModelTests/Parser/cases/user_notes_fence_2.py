async def main() -> None:
    await asyncio.gather(async_sleep(1), async_sleep(2), print_hello())
