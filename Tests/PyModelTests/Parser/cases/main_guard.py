import asyncio

async def main():
    print("hi")

if __name__ == "__main__":
    asyncio.run(main())
