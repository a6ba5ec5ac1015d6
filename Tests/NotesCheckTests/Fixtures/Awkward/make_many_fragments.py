#!/usr/bin/env python3
"""Writes many-fragments.md beside this script: 200 small python fences, each a fragment that cannot run on
its own (a name nobody defines, a top-level await of an undefined coroutine, a bare method call), with a line
of prose between them. Deterministic: rerun it and the file is byte-identical.

usage: python3 Tests/NotesCheckTests/Fixtures/Awkward/make_many_fragments.py [--check]
  --check: write nothing, exit 1 when the committed file differs from what this script generates.
"""
import sys
from pathlib import Path

FENCE_COUNT = 200
SHAPES = (
    "result = await fetch_{i}(session)",
    "print(response_{i}.status)",
    "task_{i}.cancel()",
    "async with lock_{i}:\n    counter_{i} += 1",
    "async for row in cursor_{i}:\n    print(row)",
    "data_{i} = await asyncio.wait_for(reader_{i}.read(100), timeout=1)",
    "await queue_{i}.put(item_{i})",
    "loop_{i}.run_until_complete(main_{i}())",
)


def render() -> str:
    parts = ["# Two hundred fragments\n", "\nSnippets lifted out of context, the way slides show them.\n"]
    for i in range(FENCE_COUNT):
        code = SHAPES[i % len(SHAPES)].format(i=i)
        parts.append(f"\nFragment {i}: this line runs concurrently with nothing in particular.\n")
        parts.append(f"\n```python\n{code}\n```\n")
    return "".join(parts)


def main(argv: list[str]) -> int:
    target = Path(__file__).resolve().with_name("many-fragments.md")
    text = render()
    if "--check" in argv:
        current = target.read_text(encoding="utf-8") if target.exists() else None
        print(f"{target.name}: {'up to date' if current == text else 'STALE'}")
        return 0 if current == text else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({FENCE_COUNT} fences)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
