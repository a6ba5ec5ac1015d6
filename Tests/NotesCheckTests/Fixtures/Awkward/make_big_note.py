#!/usr/bin/env python3
"""Writes one-megabyte.md beside this script: about 1 MB of study-note prose (headings, bullet lists, claim-like
sentences, inline code) with a small runnable python fence every 50 sections. Deterministic: rerun it and the
file is byte-identical.

usage: python3 Tests/NotesCheckTests/Fixtures/Awkward/make_big_note.py [--check]
  --check: write nothing, exit 1 when the committed file differs from what this script generates.
"""
import sys
from pathlib import Path

TARGET_BYTES = 1_000_000
SENTENCES = (
    "The two tasks run concurrently, so section {n} takes about {d} seconds in total.",
    "`asyncio.sleep({d})` yields control back to the event loop while it waits.",
    "If we awaited the task before the loop, it would run sequentially instead.",
    "`gather()` returns the results in argument order, not in completion order.",
    "Note: `time.sleep({d})` blocks the event loop, nothing else runs meanwhile.",
    "Then `worker {n}` prints its line before `main` continues.",
)


def fence(n: int) -> str:
    return (
        "```python\n"
        "import asyncio\n\n"
        f"async def worker(i):\n"
        f"    await asyncio.sleep(0.{n % 9 + 1})\n"
        f"    print('worker', i)\n\n"
        "async def main():\n"
        f"    await asyncio.gather(worker({n}), worker({n + 1}))\n\n"
        "asyncio.run(main())\n"
        "```\n"
    )


def section(n: int) -> str:
    lines = [f"\n## Section {n}\n\n"]
    for k, template in enumerate(SENTENCES):
        text = template.format(n=n, d=(n + k) % 7 + 1)
        lines.append(f"- {text}\n" if k % 2 else f"{text}\n")
    if n % 50 == 0:
        lines.append("\n" + fence(n))
    return "".join(lines)


def render() -> str:
    parts = ["# A very long notes file\n"]
    size = len(parts[0].encode("utf-8"))
    n = 0
    while size < TARGET_BYTES:
        text = section(n)
        parts.append(text)
        size += len(text.encode("utf-8"))
        n += 1
    return "".join(parts)


def main(argv: list[str]) -> int:
    target = Path(__file__).resolve().with_name("one-megabyte.md")
    text = render()
    if "--check" in argv:
        current = target.read_text(encoding="utf-8") if target.exists() else None
        print(f"{target.name}: {'up to date' if current == text else 'STALE'}")
        return 0 if current == text else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
