# calling a coroutine function without await runs nothing (RuntimeWarning on stderr when collected)
import asyncio
async def say(text):
    print(text)
async def main():
    say("never printed")
    await say("printed")
asyncio.run(main())
