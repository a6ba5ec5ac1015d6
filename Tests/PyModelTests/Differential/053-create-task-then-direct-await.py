# the notes' pattern: a task created, then another coroutine awaited directly; both sleeps overlap (5 s)
import asyncio
async def async_sleep(i):
    print(f"Before sleeping... {i}")
    await asyncio.sleep(5)
    print(f"After sleeping... {i}")
async def print_hello():
    print("Hello world!")
async def main():
    task = asyncio.create_task(async_sleep(1))
    await async_sleep(2)
    await task
    await print_hello()
if __name__ == "__main__":
    asyncio.run(main())
