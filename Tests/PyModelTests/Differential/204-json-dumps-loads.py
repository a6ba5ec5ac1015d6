# json.dumps/json.loads of gathered results: indent, sort_keys, separators, escapes, default, decode errors
import asyncio
import json

async def fetch(i):
    await asyncio.sleep(0.1 * i)
    return {"id": i, "ok": i % 2 == 0, "score": i / 4, "tags": ["x"] * i, "none": None, "name": f"é{i}\n"}

async def main():
    data = await asyncio.gather(*(fetch(i) for i in range(3)))
    text = json.dumps(data)
    print(text)
    print(json.dumps(data[1], indent=2, sort_keys=True))
    print(json.dumps({"a": (1, 2), 3: 1.5, None: True}, separators=(",", ":"), ensure_ascii=False))
    print(json.dumps({"t": {1, 2}}, default=sorted), json.dumps([]), json.dumps({}, indent=4), json.dumps("q\"\\"))
    back = json.loads(text)
    print(back == data, back[2]["score"], json.loads('{"a": [1, 2.5e1, "s\\u00e9", true, null, -0]}'))
    for bad in ["", "[1, 2", '{"a" 1}', "[1,]", "01", '{"a": nan}']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print(type(e).__name__, isinstance(e, ValueError), e)
    try:
        json.dumps({"s": {1}})
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
