# string methods notes use to format results: join, split, strip, center, ljust, replace, title, zfill
import asyncio

async def get(word):
    await asyncio.sleep(0.01 * len(word))
    return word

async def main():
    words = await asyncio.gather(*(get(w) for w in "  alpha,beta ,Gamma,delta  ".split(",")))
    cleaned = [w.strip().lower() for w in words]
    print(cleaned, ", ".join(cleaned))
    print("=" * 20)
    print("Results".center(20, "*"))
    for w in cleaned:
        print(w.ljust(8, ".") + w.upper().rjust(8), w.title(), str(len(w)).zfill(3))
    print("hello world".replace("o", "0", 1), "a-b-c".rsplit("-", 1), "x".join("abc"))
    print("Hello".startswith(("He", "x")), "data.csv".endswith(".csv"), "abc".find("z"), "CamelCase".swapcase())
    print("line1\nline2".splitlines(), "  pad ".strip(), "%s has %d items (%.1f%%)" % ("cart", 3, 42.5))

asyncio.run(main())
