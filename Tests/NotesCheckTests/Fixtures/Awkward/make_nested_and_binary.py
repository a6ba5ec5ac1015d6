#!/usr/bin/env python3
"""Writes two awkward notes beside this script, deterministically:
- deeply-nested.md: 60 levels of block quotes around list items, 120 levels of nested bullets, and python
  fences at the bottom of a 120-deep list and inside 200 nested quotes;
- not-utf8.md: Latin-1 bytes, invalid UTF-8 sequences, a NUL and all 256 byte values between two fences.

usage: python3 Tests/NotesCheckTests/Fixtures/Awkward/make_nested_and_binary.py [--check]
  --check: write nothing, exit 1 when a committed file differs from what this script generates.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def deeply_nested() -> str:
    lines = ["# Deep nesting\n", "\n"]
    for depth in range(60):
        lines.append("> " * depth + f"- level {depth}: the tasks run concurrently\n")
    lines.append("\n")
    for depth in range(120):
        lines.append("  " * depth + f"- item {depth}\n")
    pad = "  " * 120
    lines.append(f"{pad}```python\n{pad}print('deep')\n{pad}```\n")
    quote = "> " * 200
    lines.append(f"\n{quote}```python\n{quote}print('quoted')\n{quote}```\n")
    return "".join(lines)


def not_utf8() -> bytes:
    return (b"# Not UTF-8\n\nLatin-1 caf\xe9 and a stray \xff\xfe byte pair, a NUL \x00 here, and \x80\x81\x82.\n\n"
            b"```python\nprint('caf\xe9')\n```\n\n" + bytes(range(256)) +
            b"\n\n```python\nimport asyncio\nasyncio.run(asyncio.sleep(0))\nprint('ok')\n```\n")


def main(argv: list[str]) -> int:
    outputs = {"deeply-nested.md": deeply_nested().encode("utf-8"), "not-utf8.md": not_utf8()}
    if "--check" in argv:
        stale = [name for name, data in outputs.items()
                 if not (HERE / name).exists() or (HERE / name).read_bytes() != data]
        for name in outputs:
            print(f"{name}: {'STALE' if name in stale else 'up to date'}")
        return 1 if stale else 0
    for name, data in outputs.items():
        (HERE / name).write_bytes(data)
    print("wrote " + " and ".join(outputs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
